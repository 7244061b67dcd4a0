using PolicyGraph.Ingest.Evaluation;
using PolicyGraph.Ingest.Tests.Reading;

namespace PolicyGraph.Ingest.Tests.Evaluation;

/// <summary>Which lines of `check` name a gold item, on documents loaded as the corpus is.</summary>
public sealed class CheckLinesTests : IDisposable
{
    private const string Pdf = "task-list.pdf";

    private readonly string root = Path.Combine(Path.GetTempPath(), "pg-checklines-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>
    /// A table whose header names nothing known, its cells centred vertically in packed rows: each row's number and
    /// office stand beside the middle line of its three-line task cell, the deadline's two lines half a line above and
    /// below them. The number opens the row, so each task cell's first line (its title) is read into the row above.
    /// </summary>
    private static byte[] TableOfCentredRows(string[][] tasks)
    {
        var texts = new List<(double, double, string)> { (40, 370, "No."), (80, 370, "Task"), (250, 370, "Office"), (330, 370, "Due") };
        for (var row = 0; row < tasks.Length; row++)
        {
            var top = 345.0 - row * 37;
            texts.AddRange([(80, top, tasks[row][0]), (330, top - 7, "By June")]);
            texts.AddRange([(40, top - 16, $"{row + 1}"), (80, top - 16, tasks[row][1]), (250, top - 16, "Customs")]);
            texts.AddRange([(330, top - 23, "2025"), (80, top - 30, tasks[row][2])]);
        }
        return PdfFixtures.Latin([texts]);
    }

    [Fact]
    public void Numbered_rows_of_a_table_not_read_name_their_items_by_their_number_cell()
    {
        string[][] tasks =
        [
            ["Open lanes for trucks", "at the port by night", "and on holidays."],
            ["Cut the fees paid", "by small traders at", "the inland port."],
            ["Share customs data", "with the railway", "operators each day."],
        ];
        var documents = Directory.CreateDirectory(Path.Combine(root, "documents")).FullName;
        var gold = Directory.CreateDirectory(Path.Combine(root, "gold")).FullName;
        File.WriteAllBytes(Path.Combine(documents, Pdf), TableOfCentredRows(tasks));
        var items = string.Join(",", tasks.Select((t, i) =>
            $$"""{"number": {{i + 1}}, "kind": "measure", "title": "{{t[0]}}", "units": [], "scope": null, "zones": [], "novelty": null, "deadline": null}"""));
        File.WriteAllText(Path.Combine(gold, Pdf + GoldReader.Suffix),
            $$"""{"file": "{{Pdf}}", "level": "provincial", "jurisdiction": "", "items": [{{items}}]}""");

        var report = Evaluator.Run(documents, gold, IngestOptions.Default);

        // Not read as items (their columns are unknown), but none is lost silently: each check line leads with its row's number.
        Assert.Equal(new FieldScore(0, 0, 3), report.Overall[EvaluationFields.Items]);
        Assert.Empty(report.LostWithoutCheck);
    }
}
