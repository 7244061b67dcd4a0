using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>
/// Agencies and roles of plans from six provinces and regions, a prefecture, a comprehensive experimental zone and two
/// national notices, against what a reader takes from the text (<see cref="ProvinceDocuments.Expected"/>).
/// </summary>
public class ProvinceDocumentTests
{
    private static readonly Lazy<IngestResult> Loaded = new(() => TestCorpus.LoadTexts(ProvinceDocuments.All));

    private static IngestResult Result => Loaded.Value;

    private static List<(string File, long Seq, string Agency, string? Role)> Responsibilities() =>
        Result.Graph.Relationships.Where(r => r.Type == "RESPONSIBLE_FOR")
            .Select(r => (Measure: Result.Graph.FindNode(r.EndId)!, Agency: Result.Graph.FindNode(r.StartId)!, Edge: r))
            .Select(x => ((string)x.Measure["sourceFile"]!, (long)x.Measure["seq"]!, (string)x.Agency["name"]!, (string?)x.Edge["role"]))
            .ToList();

    private static IEnumerable<string> Sorted<T>(IEnumerable<T> rows) => rows.Select(r => r!.ToString()!).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_document_is_read_with_its_own_jurisdiction_and_measures()
    {
        var files = Result.Graph.Nodes.Where(n => n.HasLabel("Measure")).Select(n => (string)n["sourceFile"]!).Distinct();

        Assert.Equal(ProvinceDocuments.All.Select(d => d.File).Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_stated_unit_has_its_canonical_name_and_only_the_role_the_text_states()
    {
        Assert.Equal(Sorted(ProvinceDocuments.Expected), Sorted(Responsibilities()));
    }

    [Fact]
    public void No_canonical_name_changes_the_name_as_written_beyond_the_place_prefix_or_a_registered_alias() =>
        AgencyNameAssertions.NoNameAlteredBeyondQualification(Result, TestCorpus.Options.Gazetteer!);

    [Fact]
    public void Check_reports_qualified_as_written_and_alias_names_and_none_altered()
    {
        var report = AgencyNameReport.FromGraph(Result.Graph, TestCorpus.Options.Gazetteer!);

        Assert.DoesNotContain(report.Findings, f => f.Outcome == NameOutcome.Altered);
        Assert.Contains(new NameFinding("省数据局", "广东省数据局", NameOutcome.Qualified, "prefixed 广东省"), report.Findings);
        Assert.Contains(report.Findings, f => f is { AsWritten: "广州仲裁委员会", Outcome: NameOutcome.AsWritten });
        Assert.Contains(new NameFinding("中国银保监会", "国家金融监督管理总局", NameOutcome.Alias, "registered alias"), report.Findings);
        Assert.Contains(report.Merges, m => m.Canonical == "国家金融监督管理总局" && m.Forms.SequenceEqual(["中国银保监会", "金融监管总局"]) && m.Documents == 2);
        Assert.Equal(ProvinceDocuments.Expected.Count(e => e.Role is null), report.EdgesByRole[AgencyNameReport.NotStated]);
    }

    [Fact]
    public void A_sentence_about_a_leading_official_names_no_agency()
    {
        var owners = Responsibilities().Where(r => r.File == "chengdu.txt" && r.Seq == 3).Select(r => r.Agency).ToList();

        Assert.DoesNotContain(Responsibilities(), r => r.Agency.Contains("主要", StringComparison.Ordinal));
        Assert.Equal(["成都市商务局"], owners);
    }
}
