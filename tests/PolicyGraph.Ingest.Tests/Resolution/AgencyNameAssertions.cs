using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>The rule every RESPONSIBLE_FOR edge of a graph must keep: the agency's canonical name is the name as written, qualified.</summary>
internal static class AgencyNameAssertions
{
    /// <summary>
    /// The canonical name contains the name as written (minus a leading level word, which qualification may replace by
    /// the full place), or the registry lists the written form as an alias of it: never a similar but other name.
    /// </summary>
    public static void NoNameAlteredBeyondQualification(IngestResult result, Gazetteer gazetteer)
    {
        var edges = result.Graph.Relationships.Where(r => r.Type == "RESPONSIBLE_FOR").ToList();

        Assert.NotEmpty(edges);
        Assert.All(edges, edge =>
        {
            var core = NameForms.Core((string)edge["asWritten"]!);
            var canonical = (string)result.Graph.FindNode(edge.StartId)!["name"]!;
            var rest = gazetteer.LevelWordList.Where(w => core.StartsWith(w.Word, StringComparison.Ordinal))
                .Select(w => core[w.Word.Length..]).Append(core);
            Assert.True(rest.Any(r => canonical.Contains(r, StringComparison.Ordinal))
                || AgencyNameReport.IsRegisteredAlias(gazetteer, core, canonical),
                $"{edge["sourceFile"] ?? result.Graph.FindNode(edge.EndId)?["sourceFile"]}: '{core}' became '{canonical}'");
        });
    }
}
