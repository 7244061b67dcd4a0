using PolicyGraph.Core.Model;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>A fact whose stored line is no line number (a huge or fractional float) is left out; the rest are served.</summary>
public class DocumentFactsBadValuesApiTests(BadLinesAppFactory factory) : IClassFixture<BadLinesAppFactory>
{
    [Fact]
    public async Task Facts_with_a_line_that_is_no_line_number_are_left_out_and_the_others_served()
    {
        var json = await factory.CreateClient().GetJsonAsync("/api/documents/" + Uri.EscapeDataString(SampleGraph.DocA) + "/facts");

        Assert.Empty(DocumentFactsAndSchemaApiTests.FactsOf(json, BadLinesAppFactory.HugeLine));
        Assert.Empty(DocumentFactsAndSchemaApiTests.FactsOf(json, BadLinesAppFactory.FractionalLine));
        Assert.Single(DocumentFactsAndSchemaApiTests.FactsOf(json, SampleGraph.MeasureA1));
    }
}

/// <summary>The sample graph plus two items of document A whose line property is a float that is no line number.</summary>
public sealed class BadLinesAppFactory : SampleAppFactory
{
    public const string HugeLine = "measure:aaaa000000000001:8";
    public const string FractionalLine = "measure:aaaa000000000001:9";

    protected override PropertyGraph Graph()
    {
        var sample = SampleGraph.Build();
        return new PropertyGraph(sample.Nodes.Concat([Item(HugeLine, 1e300), Item(FractionalLine, 2.5)]),
            sample.Relationships.Concat([Contains(HugeLine), Contains(FractionalLine)]));
    }

    private static GraphNode Item(string id, double line) =>
        new(id, ["Measure"], new Dictionary<string, object> { ["title"] = "坏行号", ["sourceFile"] = "doc-a.txt", ["line"] = line });

    private static GraphRelationship Contains(string item) =>
        new($"CONTAINS:{SampleGraph.DocA}->{item}", "CONTAINS", SampleGraph.DocA, item, new Dictionary<string, object>());
}
