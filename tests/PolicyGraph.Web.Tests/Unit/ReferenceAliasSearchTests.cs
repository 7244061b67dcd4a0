using PolicyGraph.Ingest.Resolution;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Unit;

/// <summary>Names only the gazetteer knows (never written in a document) still find their agency or zone.</summary>
public class ReferenceAliasSearchTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Reference = new(StringComparer.Ordinal)
    {
        ["福州市商务局"] = ["福州市商务委员会"],
        ["福州片区"] = ["中国（福建）自由贸易试验区福州片区"],
    };

    private readonly GraphIndex _index = new(SampleGraph.Build(), Reference);

    [Fact]
    public void Gazetteer_alias_finds_the_agency_and_names_the_alias()
    {
        var hit = Assert.Single(_index.Search("福州市商务委员会", null, 10));

        Assert.Equal(SampleGraph.Commerce, hit.Id);
        Assert.Equal("福州市商务委员会", hit.MatchedAlias);
    }

    [Fact]
    public void Gazetteer_alias_finds_a_zone()
    {
        Assert.Equal(SampleGraph.FuzhouArea, _index.Search("自由贸易试验区福州", ["Zone"], 10)[0].Id);
    }

    [Fact]
    public void Without_reference_names_the_alias_is_unknown()
    {
        Assert.Empty(new GraphIndex(SampleGraph.Build()).Search("福州市商务委员会", null, 10));
    }

    [Fact]
    public void Loader_takes_aliases_of_agencies_and_zones_from_the_seed_gazetteer()
    {
        var gazetteer = Gazetteer.Load(Path.Combine(RepositoryPaths.Root, "seeds", "reference"));
        var aliases = CorpusGraphLoader.ReferenceAliases(gazetteer);

        var someAgency = gazetteer.Agencies.First(a => a.Aliases.Count > 0);
        var someZone = gazetteer.Zones.First(z => z.Aliases.Count > 0);
        Assert.Equal(someAgency.Aliases, aliases[someAgency.Name]);
        Assert.Equal(someZone.Aliases, aliases[someZone.Name]);
        Assert.Contains("人行福州中心支行", aliases["中国人民银行福建省分行"]);
    }
}
