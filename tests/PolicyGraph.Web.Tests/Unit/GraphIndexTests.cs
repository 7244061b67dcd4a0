using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Unit;

public class GraphIndexTests
{
    private readonly GraphIndex _index = new(SampleGraph.Build());

    [Fact]
    public void Alias_finds_its_agency_and_says_which_alias_matched()
    {
        var hit = _index.Search("市委金融办", null, 10)[0];

        Assert.Equal(SampleGraph.Finance, hit.Id);
        Assert.Equal("市委金融办", hit.MatchedAlias);
        Assert.Equal(2, hit.Responsibilities);
    }

    [Fact]
    public void Name_matches_outrank_text_matches_and_agencies_lead_their_tier()
    {
        var hits = _index.Search("商务", null, 10);

        Assert.Equal([SampleGraph.Commerce, SampleGraph.ProvinceCommerce], hits.Select(h => h.Id));
    }

    [Fact]
    public void Text_match_returns_a_snippet_around_the_term()
    {
        var hits = _index.Search("qflp", ["Measure"], 10);

        Assert.Equal([SampleGraph.MeasureB1, SampleGraph.MeasureA1], hits.Select(h => h.Id));
        Assert.Null(hits[0].Snippet);
        Assert.Contains("（QFLP）", hits[1].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_filter_and_limit_are_respected()
    {
        Assert.All(_index.Search("福州", ["Zone"], 10), h => Assert.Equal("Zone", h.Label));
        Assert.Single(_index.Search("福州", null, 1));
        Assert.Empty(_index.Search("   ", null, 10));
    }

    [Fact]
    public void Provenance_of_an_edge_is_the_document_of_its_measure()
    {
        var edge = _index.FindRelationship($"RESPONSIBLE_FOR:{SampleGraph.ProvinceCommerce}->{SampleGraph.MeasureB1}")!;

        Assert.Equal(SampleGraph.DocB, _index.DocumentOf(edge));
        Assert.Equal(SampleGraph.DocA, _index.DocumentOf(_index.FindNode(SampleGraph.MeasureA2)!));
        Assert.Null(_index.DocumentOf(_index.FindNode(SampleGraph.Commerce)!));
    }
}
