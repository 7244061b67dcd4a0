using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Numbered lines after an item ending with "：" are its points only when none names its own units; otherwise each
/// is an item with its units. Each document is made up for the rule.
/// </summary>
public class PointsWithUnitsTests
{
    private static IReadOnlyList<ParsedMeasure> Items(string text) => TestCorpus.ItemsOf(text);

    [Fact]
    public void Numbered_lines_with_their_own_units_clause_stay_items()
    {
        var items = Items("""
            某市促进新业态发展工作方案

            一、重点任务

            （三）加快发展新业态。重点推进以下工作：

            1．培育直播电商基地，打造一批直播电商示范园区。（责任单位：市商务局）

            2．建设公共数据开放平台，推动数据要素流通。（责任单位：市数据局）
            """);

        var numbered = items.Where(i => i.Text.StartsWith("培育") || i.Text.StartsWith("建设")).ToList();
        Assert.Equal([1, 2], numbered.Select(i => i.Seq));
        Assert.Equal(["市商务局", "市数据局"], numbered.Select(i => i.Body!.Units));
    }

    [Fact]
    public void A_units_line_between_numbered_lines_belongs_to_the_line_above()
    {
        var items = Items("""
            某市促进新业态发展工作方案

            （三）加快发展新业态。重点推进以下工作：

            1．培育直播电商基地，打造一批直播电商示范园区。

            责任单位：市商务局

            2．建设公共数据开放平台，推动数据要素流通。

            责任单位：市数据局
            """);

        Assert.Contains(items, i => i.Text.StartsWith("培育") && i.Body!.Units == "市商务局");
        Assert.Contains(items, i => i.Text.StartsWith("建设") && i.Body!.Units == "市数据局");
    }
}
