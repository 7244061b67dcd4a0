using System.Text;

namespace PolicyGraph.Ingest.Tests.Reading;

/// <summary>The same plan as .txt, .docx, .html and .pdf gives the same measures and units (line fields aside).</summary>
public class FormatEquivalenceTests
{
    private static IngestResult Load(string name, byte[] bytes) =>
        CorpusLoader.LoadBytes([new KeyValuePair<string, byte[]>(name, bytes)], options: TestCorpus.Options);

    private static IEnumerable<string> Measures(IngestResult result) =>
        result.Graph.Nodes.Where(n => n.HasLabel("Measure")).Select(n => $"{n["seq"]}|{n["title"]}|{n["text"]}").Order(StringComparer.Ordinal);

    private static IEnumerable<string> Units(IngestResult result)
    {
        var nodes = result.Graph.Nodes.ToDictionary(n => n.Id);
        return result.Graph.Relationships.Where(r => r.Type is "RESPONSIBLE_FOR" or "SCOPED_TO" or "ISSUED_BY")
            .Select(r => $"{r.Type}|{nodes[r.StartId]["name"] ?? nodes[r.StartId]["seq"]}|{nodes[r.EndId]["name"] ?? nodes[r.EndId]["seq"]}|{r["role"]}|{r["asWritten"]}")
            .Order(StringComparer.Ordinal);
    }

    public static TheoryData<string> Formats => ["plan.docx", "plan.html", "plan.pdf"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Gives_the_measures_and_units_of_the_text_version(string name)
    {
        var text = Load("plan.txt", Encoding.UTF8.GetBytes(SyntheticDocuments.QuanzhouPlan));
        var bytes = Path.GetExtension(name) switch
        {
            ".docx" => PlanInFormats.Docx(),
            ".html" => PlanInFormats.Html(),
            _ => PlanInFormats.Pdf(),
        };
        var other = Load(name, bytes);
        Assert.DoesNotContain(other.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(3, Measures(text).Count());
        Assert.Equal(Measures(text), Measures(other));
        Assert.NotEmpty(Units(text));
        Assert.Equal(Units(text), Units(other));
        var document = Assert.Single(other.Graph.Nodes, n => n.HasLabel("Document") && n["cited"] is null);
        Assert.Equal(PlanInFormats.Title, document["title"]);
        Assert.Equal(Path.GetExtension(name)[1..], document["format"]);
    }

    [Fact]
    public void Measures_of_a_pdf_carry_the_page_they_start_on_and_text_formats_carry_none()
    {
        var pdf = Load("plan.pdf", PlanInFormats.Pdf());
        var pages = pdf.Graph.Nodes.Where(n => n.HasLabel("Measure")).OrderBy(n => (long)n["seq"]!).Select(n => n["page"]).ToList();
        Assert.Equal([1L, 1L, 2L], pages);
        var text = Load("plan.txt", Encoding.UTF8.GetBytes(SyntheticDocuments.QuanzhouPlan));
        Assert.All(text.Graph.Nodes.Where(n => n.HasLabel("Measure")), n => Assert.Null(n["page"]));
        Assert.Equal("txt", Assert.Single(text.Graph.Nodes, n => n.HasLabel("Document") && n["cited"] is null)["format"]);
    }

    [Fact]
    public void A_finding_on_a_pdf_line_names_its_page()
    {
        var pdf = Load("plan.pdf", PlanInFormats.Pdf());
        var disagreement = Assert.Single(pdf.Diagnostics, d => d.Code == DiagnosticCodes.BodyTableDisagreement);
        Assert.Equal(1, disagreement.Page);
        Assert.Contains("plan.pdf page 1:", disagreement.ToString());
    }
}
