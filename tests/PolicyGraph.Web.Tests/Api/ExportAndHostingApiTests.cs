using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

public class ExportAndHostingApiTests(SampleAppFactory factory) : IClassFixture<SampleAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GraphML_export_holds_every_node_and_relationship()
    {
        using var response = await _client.GetAsync("/api/export/graphml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("policygraph.graphml", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var graph = SampleGraph.Build();
        Assert.Equal(graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal),
            xml.Descendants(ns + "node").Select(n => (string)n.Attribute("id")!).Order(StringComparer.Ordinal));
        Assert.Equal(graph.Relationships.Count, xml.Descendants(ns + "edge").Count());
    }

    [Fact]
    public async Task Csv_export_is_a_zip_of_csv_files()
    {
        using var response = await _client.GetAsync("/api/export/csv");

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.NotEmpty(zip.Entries);
        Assert.All(zip.Entries, e => Assert.EndsWith(".csv", e.Name, StringComparison.Ordinal));
        var allText = string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Contains(SampleGraph.Finance, allText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json", "application/json")]
    [InlineData("cypher", "text/plain")]
    public async Task Text_exports_name_the_graph_s_nodes(string format, string mediaType)
    {
        using var response = await _client.GetAsync($"/api/export/{format}");

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(SampleGraph.MeasureB1, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_export_format_is_a_problem()
    {
        var json = await _client.GetJsonAsync("/api/export/pdf", HttpStatusCode.BadRequest);

        Assert.Contains("'pdf'", (string?)json["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_is_served_with_a_strict_content_security_policy()
    {
        using var response = await _client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("/dist/app.js", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
    }

    [Fact]
    public async Task Health_and_openapi_describe_the_running_app()
    {
        using var health = await _client.GetAsync("/health");
        var openApi = await _client.GetJsonAsync("/openapi/v1.json");

        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        var paths = openApi["paths"]!.Children<Newtonsoft.Json.Linq.JProperty>().Select(p => p.Name).ToArray();
        Assert.Contains("/api/search", paths);
        Assert.Contains("/api/cypher", paths);
        Assert.Contains("/api/queries/{name}", paths);
        Assert.Contains("/api/search/suggest", paths);
    }

    [Fact]
    public async Task Openapi_documents_the_error_answers_and_the_api_page_is_served()
    {
        var openApi = await _client.GetJsonAsync("/openapi/v1.json");
        using var page = await _client.GetAsync("/scalar/v1");

        string[] Statuses(string path, string method) =>
            openApi["paths"]![path]![method]!["responses"]!.Children<Newtonsoft.Json.Linq.JProperty>().Select(p => p.Name).ToArray();
        Assert.Superset(new HashSet<string> { "400", "404", "413", "429" }, Statuses("/api/nodes/{id}", "get").ToHashSet());
        Assert.Superset(new HashSet<string> { "400", "404", "408", "413", "415", "429", "503" }, Statuses("/api/cypher", "post").ToHashSet());
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(html.Contains("scalar", StringComparison.OrdinalIgnoreCase) && !html.Contains("cdn.jsdelivr", StringComparison.Ordinal), html);
    }

    [Fact]
    public async Task Overview_counts_labels_and_lists_documents_and_zones()
    {
        var json = await _client.GetJsonAsync("/api/overview");

        Assert.Equal(5, (int)json["labels"]!["Agency"]!);
        Assert.Equal(4, (int)json["relationshipTypes"]!["RESPONSIBLE_FOR"]!);
        Assert.Equal([SampleGraph.DocA, SampleGraph.DocB], json["documents"]!.Select(d => (string)d["id"]!));
        Assert.Equal("embedded", (string?)json["backend"]);
    }
}
