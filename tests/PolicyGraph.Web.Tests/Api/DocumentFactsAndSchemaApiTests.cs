using System.Net;
using Newtonsoft.Json.Linq;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>What the reader view highlights (a document's facts on its lines) and what the editor completes (the schema).</summary>
public class DocumentFactsAndSchemaApiTests(SampleAppFactory factory) : IClassFixture<SampleAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    internal static JToken[] FactsOf(JToken json, string elementId) =>
        json["facts"]!.Where(f => (string?)f["elementId"] == elementId).ToArray();

    [Fact]
    public async Task Facts_give_each_item_and_unit_with_its_lines_and_characters()
    {
        var json = await _client.GetJsonAsync("/api/documents/" + Uri.EscapeDataString(SampleGraph.DocA) + "/facts");

        var item = Assert.Single(FactsOf(json, SampleGraph.MeasureA1));
        Assert.Equal(("item", 2, "深化金融合作"), ((string?)item["kind"], (int)item["line"]!, (string?)item["text"]));
        var span = Assert.Single(item["spans"]!);
        Assert.Equal((2, 3, 9), ((int)span["line"]!, (int)span["start"]!, (int)span["end"]!)); // after "（一）"

        // Stated on line 2, but the clause wraps: the unit's words stand on line 3.
        var unit = Assert.Single(FactsOf(json, $"RESPONSIBLE_FOR:{SampleGraph.Commerce}->{SampleGraph.MeasureA1}"));
        Assert.Equal(("unit", 3, 3, SampleGraph.MeasureA1, "both"),
            ((string?)unit["kind"], (int)unit["line"]!, (int)unit["endLine"]!, (string?)unit["nodeId"], (string?)unit["sources"]));
        Assert.Equal((2, 6), ((int)unit["spans"]![0]!["start"]!, (int)unit["spans"]![0]!["end"]!));
        Assert.Equal(JTokenType.Null, unit["role"]?.Type ?? JTokenType.Null);
    }

    [Fact]
    public async Task Facts_hold_only_the_documents_own_items_and_a_table_only_unit_says_so()
    {
        var json = await _client.GetJsonAsync("/api/documents/" + Uri.EscapeDataString(SampleGraph.DocA) + "/facts");

        Assert.Empty(FactsOf(json, SampleGraph.MeasureB1));
        var tableOnly = Assert.Single(FactsOf(json, $"RESPONSIBLE_FOR:{SampleGraph.Finance}->{SampleGraph.MeasureA2}"));
        Assert.Equal(("table", 4), ((string?)tableOnly["sources"], (int)tableOnly["line"]!));
        Assert.Equal(5, (int)json["totalLines"]!);
    }

    [Fact]
    public async Task Facts_of_a_document_named_by_its_number_and_of_an_unknown_one()
    {
        var byNumber = await _client.GetJsonAsync("/api/documents/" + Uri.EscapeDataString("榕测〔2026〕1号") + "/facts");
        var missing = await _client.GetJsonAsync("/api/documents/document:0000/facts", HttpStatusCode.NotFound);

        Assert.Equal(SampleGraph.DocA, (string?)byNumber["documentId"]);
        Assert.Contains("document:0000", (string?)missing["detail"]);
    }

    [Fact]
    public async Task Schema_lists_labels_types_property_keys_and_the_consoles_procedures()
    {
        var json = await _client.GetJsonAsync("/api/schema");

        Assert.Equal(["Agency", "Document", "Measure", "Zone"], json["labels"]!.Strings());
        Assert.Contains("RESPONSIBLE_FOR", json["relationshipTypes"]!.Strings());
        Assert.Contains("asWritten", json["propertyKeys"]!.Strings());
        var fullText = Assert.Single(json["procedures"]!, p => (string?)p["name"] == "db.index.fulltext.queryNodes");
        Assert.StartsWith("db.index.fulltext.queryNodes(", (string?)fullText["signature"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_endpoints_and_their_errors_are_in_the_OpenAPI_document()
    {
        var openApi = await _client.GetJsonAsync("/openapi/v1.json");

        var facts = openApi["paths"]!["/api/documents/{document}/facts"]!["get"]!["responses"]!;
        Assert.All(new[] { "200", "400", "404" }, code => Assert.NotNull(facts[code]));
        Assert.NotNull(openApi["paths"]!["/api/schema"]!["get"]!["responses"]!["200"]);
        Assert.NotNull(openApi["paths"]!["/api/views/{name}"]!["put"]!["responses"]!["409"]);
    }
}

/// <summary>The same reads on Neo4j (skipped with the reason when NEO4J_URI is not set).</summary>
public class Neo4jDocumentFactsAndSchemaApiTests(Neo4jSampleAppFactory factory) : IClassFixture<Neo4jSampleAppFactory>
{
    [Neo4jFact]
    public async Task Facts_and_schema_read_the_same_answers_from_Neo4j()
    {
        var client = factory.CreateClient();

        var facts = await client.GetJsonAsync("/api/documents/" + Uri.EscapeDataString(SampleGraph.DocA) + "/facts");
        var schema = await client.GetJsonAsync("/api/schema");

        var unit = Assert.Single(DocumentFactsAndSchemaApiTests.FactsOf(facts, $"RESPONSIBLE_FOR:{SampleGraph.Commerce}->{SampleGraph.MeasureA1}"));
        Assert.Equal(3, (int)unit["line"]!);
        Assert.Contains("Agency", schema["labels"]!.Strings());
        Assert.Contains(schema["procedures"]!, p => (string?)p["name"] == "db.labels");
    }
}
