using System.Net;
using System.Net.Http.Json;
using Newtonsoft.Json.Linq;
using PolicyGraph.Web.Queries;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>User-saved views: saved as read-only Cypher with a parameter form, run, exported in cypher/queries' format, bounded.</summary>
public class SavedViewApiTests(SampleAppFactory factory) : IClassFixture<SampleAppFactory>
{
    private const string PortfolioQuery = "MATCH (a:Agency {name: $agency})-[r:RESPONSIBLE_FOR]->(m:Measure) RETURN a, r, m";

    private readonly HttpClient _client = factory.CreateClient();

    private static object Portfolio(string title = "我的机构视图") => new
    {
        title,
        titleEn = "My agency view",
        answers = "What does one agency own?",
        query = PortfolioQuery,
        parameters = new[] { new { name = "agency", type = "string", @default = "福州市委金融办", description = "agency name" } },
    };

    private async Task<(HttpStatusCode Status, JToken Body, Uri? Location)> PutAsync(string name, object body)
    {
        using var response = await _client.PutAsJsonAsync("/api/views/" + Uri.EscapeDataString(name), body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? JValue.CreateNull() : JToken.Parse(text), response.Headers.Location);
    }

    [Fact]
    public async Task A_saved_view_is_listed_runs_with_its_default_and_with_a_parameter()
    {
        var (status, saved, location) = await PutAsync("finance-portfolio", Portfolio());
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("/api/views/finance-portfolio", location?.OriginalString);

        var list = await _client.GetJsonAsync("/api/views");
        Assert.Contains(list, v => (string?)v["name"] == "finance-portfolio" && (string?)v["titleZh"] == "我的机构视图");

        var byDefault = await _client.GetJsonAsync("/api/views/finance-portfolio");
        Assert.Equal(2, byDefault["answer"]!["rows"]!.Count()); // 市委金融办 is named on both measures of document A
        var other = await _client.GetJsonAsync("/api/views/finance-portfolio?agency=" + Uri.EscapeDataString("福建省商务厅"));
        Assert.Equal(SampleGraph.MeasureB1, (string?)other["answer"]!["rows"]![0]![2]!["id"]);
        Assert.Equal("agency", (string?)saved["parameters"]![0]!["name"]);
    }

    [Fact]
    public async Task The_export_is_a_query_file_that_the_named_query_parser_reads_back_as_the_same_view()
    {
        await PutAsync("export-me", Portfolio());

        using var response = await _client.GetAsync("/api/views/export-me/file");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("export-me.cypher", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("// @title 我的机构视图 | My agency view\n", text, StringComparison.Ordinal);
        var parsed = QueryFileParser.Parse("export-me", "export-me.cypher", text);
        Assert.Equal(("我的机构视图", "My agency view", "What does one agency own?", PortfolioQuery), (parsed.TitleZh, parsed.TitleEn, parsed.Answers, parsed.Cypher));
        var parameter = Assert.Single(parsed.Parameters);
        Assert.Equal(("agency", ParameterType.String, false, (object?)"福州市委金融办", "agency name"),
            (parameter.Name, parameter.Type, parameter.Required, parameter.Default, parameter.Description));
    }

    [Fact]
    public async Task A_write_query_is_refused_with_its_position_and_nothing_is_stored()
    {
        var body = new { title = "写入", query = "MATCH (a:Agency)\nSET a.name = 'x'\nRETURN a" };

        var (status, problem, _) = await PutAsync("writer", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(("WriteInReadOnlyQuery", 2), ((string?)problem["code"], (int)problem["line"]!));
        await _client.GetJsonAsync("/api/views/writer", HttpStatusCode.NotFound);
        Assert.False(File.Exists(Path.Combine(factory.SavedViewDirectory, "writer.cypher")));
    }

    [Fact]
    public async Task A_syntax_error_is_refused_with_line_and_column()
    {
        var (status, problem, _) = await PutAsync("broken", new { title = "坏", query = "MATCH (a:Agency RETURN a" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(1, (int)problem["line"]!);
        Assert.True((int)problem["column"]! > 1);
    }

    [Theory]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("My View.cypher", "my-view-cypher")]
    [InlineData("机构 / 视图", "机构-视图")]
    public async Task Names_are_sanitised_so_no_name_is_a_path(string name, string stored)
    {
        var (status, saved, _) = await PutAsync(name, Portfolio());

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(stored, (string?)saved["name"]);
        Assert.True(File.Exists(Path.Combine(factory.SavedViewDirectory, stored + ".cypher")));
        Assert.Empty(Directory.EnumerateFiles(factory.SavedViewDirectory, "*.tmp"));
    }

    [Fact]
    public async Task Bounds_refuse_a_long_name_a_long_query_a_name_without_letters_and_a_ready_made_views_name()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync(new string('v', 65), Portfolio())).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync("---", Portfolio())).Status);
        var longQuery = new { title = "长", query = "RETURN 1 AS x" + new string(' ', 10) + "// " + new string('x', 2100) };
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PutAsync("long", longQuery)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await PutAsync("agency-portfolio", Portfolio())).Status);
    }

    [Fact]
    public async Task Header_fields_that_the_file_format_cannot_hold_are_refused()
    {
        var twoLines = new { title = "一\n二", query = "RETURN 1 AS x" };
        var spacedDefault = new { title = "t", query = "RETURN $p AS x", parameters = new[] { new { name = "p", type = "string", @default = "a b" } } };
        var badType = new { title = "t", query = "RETURN $p AS x", parameters = new[] { new { name = "p", type = "date" } } };
        var badName = new { title = "t", query = "RETURN 1 AS x", parameters = new[] { new { name = "1x", type = "int" } } };

        foreach (var body in new object[] { twoLines, spacedDefault, badType, badName })
            Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync("header", body)).Status);
    }

    [Fact]
    public async Task A_view_file_that_cannot_be_read_is_left_out_of_the_list_and_the_others_are_listed()
    {
        Assert.Equal(HttpStatusCode.Created, (await PutAsync("readable-one", Portfolio())).Status);
        Directory.CreateDirectory(factory.SavedViewDirectory);
        var broken = Path.Combine(factory.SavedViewDirectory, "dangling.cypher");
        File.CreateSymbolicLink(broken, Path.Combine(factory.SavedViewDirectory, "no-such-target", "x.cypher"));
        try
        {
            var list = await _client.GetJsonAsync("/api/views");

            var names = list.Select(v => (string?)v["name"]).ToArray();
            Assert.Contains("readable-one", names);
            Assert.DoesNotContain("dangling", names);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public async Task A_view_can_be_replaced_and_deleted()
    {
        await PutAsync("temporary", Portfolio("第一版"));
        await PutAsync("temporary", Portfolio("第二版"));
        Assert.Contains(await _client.GetJsonAsync("/api/views"), v => (string?)v["titleZh"] == "第二版");

        using var deleted = await _client.DeleteAsync("/api/views/temporary");
        using var again = await _client.DeleteAsync("/api/views/temporary");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (deleted.StatusCode, again.StatusCode));
        Assert.DoesNotContain(await _client.GetJsonAsync("/api/views"), v => (string?)v["name"] == "temporary");
    }
}

/// <summary>The count bound, on an app that keeps at most two saved views.</summary>
public class SavedViewLimitTests(TwoSavedViewsAppFactory factory) : IClassFixture<TwoSavedViewsAppFactory>
{
    [Fact]
    public async Task A_view_past_the_limit_is_413_but_replacing_a_kept_one_is_allowed()
    {
        var client = factory.CreateClient();
        var view = new { title = "v", query = "RETURN 1 AS x" };
        async Task<HttpStatusCode> Put(string name)
        {
            using var response = await client.PutAsJsonAsync("/api/views/" + name, view);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Created, await Put("one"));
        Assert.Equal(HttpStatusCode.Created, await Put("two"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await Put("three"));
        Assert.Equal(HttpStatusCode.Created, await Put("two"));
    }
}
