using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Tests.Reading;

/// <summary>PDF layouts of session 10: footers drawn into a page's last line, centred headers, rows numbered in the task cell.</summary>
public class PdfTableLayoutTests
{
    private static readonly DocumentReader Reader = new(IngestOptions.Default);

    private static List<string> Lines(byte[] pdf)
    {
        var outcome = Reader.Decode("layout.pdf", pdf);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Diagnostics));
        return outcome.Text!.Lines.ToList();
    }

    [Fact]
    public void A_footer_drawn_within_half_a_line_of_the_last_line_is_removed_from_that_line()
    {
        string[] bodies = ["Alpha opens the notice.", "Beta sets the deadline.", "Gamma names the office."];
        // The footer's baseline is 5 pt below the body line's, in a smaller font: PdfPig's letters group into one line.
        var pages = bodies.Select(body => new[] { (40.0, 300.0, body, 12.0), (220.0, 295.0, "ACME Trade Office", 10.0) });
        Assert.Equal([bodies[0], "", bodies[1], "", bodies[2]], Lines(PdfFixtures.Latin(pages)));
    }

    [Fact]
    public void Rows_under_a_centred_header_numbered_in_the_task_cell_go_on_across_a_page_break()
    {
        (double, double, string)[] Row(double y, string task, string office) => [(40, y, task), (220, y, office)];
        var first = new[]
        {
            [(110.0, 360.0, "Task"), (270.0, 360.0, "Office")],
            Row(340, "1. Open lanes for", "Customs"), [(40.0, 326.0, "trucks at night")],
            Row(302, "2. Cut fees", "Port office"),
            Row(278, "3. Share data with", "Data bureau"),
        }.SelectMany(r => r);
        var next = new[] { [(40.0, 360.0, "the port community")], Row(336, "4. Train staff", "Labour bureau") }.SelectMany(r => r);
        Assert.Equal(
            ["Task\tOffice", "1. Open lanes for trucks at night\tCustoms", "2. Cut fees\tPort office",
             "3. Share data with the port community\tData bureau", "4. Train staff\tLabour bureau"],
            Lines(PdfFixtures.Latin([first, next])));
    }

    [Fact]
    public void A_space_between_two_cells_drawn_close_together_does_not_bridge_the_gutter()
    {
        // Helvetica 12 pt: "Open" ends at 69.4 and "Result"/"Saved time" start at 125, so the cut is near 97; "for trucks"
        // ends at 89.3 and "less" starts at 98, a gap narrower than a cell break, read as a word space.
        var page = new[]
        {
            (40.0, 360.0, "Task"), (125.0, 360.0, "Result"),
            (40.0, 340.0, "Open"), (125.0, 340.0, "Saved time"),
            (40.0, 326.0, "for trucks"), (98.0, 326.0, "less"),
            (40.0, 302.0, "Cut"), (125.0, 302.0, "Lower fees"),
        };
        Assert.Equal(["Task\tResult", "Open for trucks\tSaved time less", "Cut\tLower fees"], Lines(PdfFixtures.Latin([page])));
    }

    [Fact]
    public void A_number_cell_in_a_smaller_font_on_each_page_s_last_line_is_kept()
    {
        // The same height and shape ("#") on every page, but drawn on the line's own baseline: a cell, not a footer.
        string[] tasks = ["Open lanes.", "Cut fees.", "Share data."];
        var pages = tasks.Select((task, i) => new[] { (40.0, 300.0, $"{i + 7}", 10.5), (80.0, 300.0, task, 12.0) });
        Assert.Equal(["7\tOpen lanes.", "8\tCut fees.", "9\tShare data."], Lines(PdfFixtures.Latin(pages)));
    }

    [Fact]
    public void A_row_opening_a_page_after_a_finished_row_stays_a_row_of_its_own()
    {
        (double, double, string)[] Row(double y, string task, string office) => [(40, y, task), (220, y, office)];
        var first = new[] { Row(360, "Task", "Office"), Row(340, "1. Open lanes.", "Customs"), Row(316, "2. Cut fees.", "Port office") }.SelectMany(r => r);
        var next = new[] { [(40.0, 360.0, "Trade support")], Row(336, "3. Share data.", "Data bureau") }.SelectMany(r => r);
        Assert.Equal(
            ["Task\tOffice", "1. Open lanes.\tCustoms", "2. Cut fees.\tPort office", "Trade support\t", "3. Share data.\tData bureau"],
            Lines(PdfFixtures.Latin([first, next])));
    }

    [Fact]
    public void A_row_number_a_few_points_off_its_line_at_a_page_s_end_is_kept_and_the_page_number_below_is_not()
    {
        // The number is drawn 3 pt below its task (grouped into the task's line as a stray segment); the page number
        // stands alone in the foot margin.
        string[] tasks = ["Open lanes.", "Cut fees.", "Share data."];
        var pages = tasks.Select((task, i) => new[] { (40.0, 297.0, $"{i + 7}"), (80.0, 300.0, task), (200.0, 40.0, $"{i + 1}") });
        Assert.Equal(["7\tOpen lanes.", "8\tCut fees.", "9\tShare data."], Lines(PdfFixtures.Latin(pages)));
    }

    [Fact]
    public void A_row_number_centred_between_its_task_s_lines_at_a_page_s_end_is_kept()
    {
        // Each page's last row: the number alone on a line between the two lines of its task, no page number below.
        (double, double, string)[] Page(int number, string first, string second) =>
            [(40, 360, "No."), (80, 360, "Task"), (250, 360, "Office"), (80, 340, first), (250, 340, "Customs"), (40, 330, $"{number}"), (80, 320, second)];
        var lines = Lines(PdfFixtures.Latin([Page(1, "Open lanes", "by night."), Page(2, "Cut fees", "for traders.")]));
        Assert.Contains("1", lines.Select(l => l.Split('\t')[0]));
        Assert.Contains("2", lines.Select(l => l.Split('\t')[0]));
    }
}
