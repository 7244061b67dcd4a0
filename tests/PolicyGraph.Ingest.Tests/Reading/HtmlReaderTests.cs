using System.Text;
using PolicyGraph.Ingest.Documents;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Tests.Reading;

public class HtmlReaderTests
{
    private static readonly DocumentReader Reader = new(IngestOptions.Default);

    private static ReadOutcome Read(string html, string name = "page.html") => Reader.Decode(name, Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Keeps_the_main_text_and_drops_menus_banner_footer_scripts_and_share_bars()
    {
        var outcome = Reader.Decode("plan.html", PlanInFormats.Html());
        var lines = outcome.Text!.Lines;
        Assert.Equal("附件", lines[0]);
        Assert.Equal(PlanInFormats.Title, lines[2]);
        foreach (var furniture in new[] { "首页", "通知公告", "门户网站", "微信", "主办", "菜单", ".x" })
            Assert.DoesNotContain(lines, l => l.Contains(furniture));
    }

    [Fact]
    public void Finds_the_main_text_inside_nested_layout_tables_and_leaves_their_sidebar_and_footer()
    {
        var html = """
            <html><body><table><tr><td>
              <table><tr><td><a href="/">首页</a></td><td><a href="/a">机构</a></td><td><a href="/b">公开</a></td></tr></table>
            </td></tr><tr><td><table><tr>
              <td><ol><li><a href="/1">某市关于促进会展业发展的意见</a></li><li><a href="/2">某市物流业发展规划</a></li><li><a href="/3">某市招商引资办法</a></li></ol></td>
              <td><table><tr><td><h1>某市会展业发展工作方案</h1>
                <p>为推动会展业发展，制定本方案。</p>
                <p>（一）培育会展主体。引进国际知名会展企业三家以上，支持本地会展企业做大做强。</p>
                <p>（二）完善场馆设施。推进国际会展中心二期建设，提升场馆配套服务水平和接待能力。</p>
              </td></tr></table></td>
            </tr></table></td></tr><tr><td>主办：某市人民政府办公室 网站标识码：0000000001</td></tr></table></body></html>
            """;
        var lines = Read(html).Text!.Lines.Where(l => l.Length > 0).ToList();
        Assert.Equal("某市会展业发展工作方案", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("（二）完善场馆设施", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("物流业发展规划") || l.Contains("主办") || l.Contains("首页"));
    }

    [Fact]
    public void Reads_the_charset_of_the_meta_tag()
    {
        var outcome = Reader.Decode("plan.html", PlanInFormats.Html());
        Assert.Equal("gb18030", outcome.Text!.EncodingName);
        Assert.Contains(outcome.Text.Lines, l => l == "（征求意见稿）");
    }

    [Fact]
    public void Each_line_points_at_the_source_line_of_its_element()
    {
        var html = "<html><body>\n<h1>关于某事项的通知</h1>\n<p>第一段\n正文。</p>\n<ol start=\"2\"><li>第二项</li></ol>\n</body></html>";
        var text = Read(html).Text!;
        Assert.Equal(["关于某事项的通知", "", "第一段正文。", "", "2. 第二项"], text.Lines);
        Assert.Equal([2, 2, 3, 3, 5], Enumerable.Range(1, 5).Select(n => text.OriginOf(n).Line!.Value));
    }

    [Fact]
    public void Rowspan_and_colspan_repeat_the_merged_text_in_every_cell_it_covers()
    {
        var html = """
            <html><body><table>
            <tr><td rowspan="2">甲</td><td colspan="2">乙</td></tr>
            <tr><td>丙</td><td>丁</td></tr>
            <tr><td>戊</td><td>己</td><td>庚</td></tr>
            </table></body></html>
            """;
        Assert.Equal(["甲\t乙\t乙", "甲\t丙\t丁", "戊\t己\t庚"], Read(html).Text!.Lines);
    }

    [Fact]
    public void A_line_break_inside_a_cell_keeps_two_chinese_names_apart()
    {
        var html = "<html><body><table><tr><td>1</td><td>某开发区管委会<br>某区人民政府</td></tr><tr><td>2</td><td><p>市商务局</p><p>市财政局</p></td></tr></table></body></html>";
        Assert.Equal(["1\t某开发区管委会 某区人民政府", "2\t市商务局 市财政局"], Read(html).Text!.Lines);
    }

    [Fact]
    public void Headings_keep_their_level_in_the_blocks()
    {
        var html = "<html><body><h1>标题</h1><h3>三级</h3><p>正文</p></body></html>";
        var blocks = Reader.ReadBlocks("x.html", DocumentFormats.Html, Encoding.UTF8.GetBytes(html))!.Document!.Blocks;
        Assert.Equal([1, 3], blocks.OfType<HeadingBlock>().Select(h => h.Level!.Value));
        Assert.IsType<ParagraphBlock>(blocks[^1]);
    }

    [Theory]
    [InlineData("<html><head><title>空</title><script>var a = 1;</script></head><body><nav><a href='/'>首页</a></nav></body></html>")]
    [InlineData("<html><body>   </body></html>")]
    public void A_page_without_body_text_is_an_error_naming_the_file(string html)
    {
        var outcome = Read(html, "empty-page.html");
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, DiagnosticCodes.NoBodyText, "empty-page.html"), (error.Severity, error.Code, error.File));
    }

    [Fact]
    public void A_page_nested_thousands_deep_is_refused_before_parsing()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "正文。" + string.Concat(Enumerable.Repeat("</div>", 20_000));
        var outcome = Read($"<html><body>{deep}</body></html>", "deep.html");
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, DiagnosticCodes.TooDeep, "deep.html"), (error.Severity, error.Code, error.File));
    }

    [Fact]
    public void Paragraphs_and_list_items_left_unclosed_do_not_count_as_depth()
    {
        var items = string.Concat(Enumerable.Range(1, 400).Select(i => $"<p>第{i}段。<li>条目{i}"));
        var outcome = Read($"<html><body><div>{items}</div></body></html>", "open-tags.html");
        Assert.NotNull(outcome.Text);
        Assert.Contains(outcome.Text!.Lines, l => l.Contains("第400段", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_of_a_thousand_columns_is_cut_with_a_warning_naming_file_and_line()
    {
        var cells = string.Concat(Enumerable.Range(1, 1000).Select(i => $"<td>{i}</td>"));
        var outcome = Read($"<html><body><p>说明</p>\n<table><tr>{cells}</tr></table></body></html>", "wide.html");
        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCodes.TableCut, "wide.html", 2), (warning.Severity, warning.Code, warning.File, warning.Line!.Value));
        Assert.Equal(IngestOptions.Default.MaxTableColumns, outcome.Text!.Lines[^1].Split('\t').Length);
    }

    [Fact]
    public void Lists_of_attached_and_related_files_are_not_read_even_with_two_links()
    {
        var outcome = Read("""
            <html><body><div class="article"><h1>某市跨境电商实施细则</h1>
            <p>第一条　为加快发展跨境电子商务，制定本细则。</p>
            <ol><li>进出口额达到1000万元的，奖励10万元；</li><li>进出口额达到5000万元的，奖励30万元。</li></ol>
            <p>相关附件：</p><ol><li><a href="/att/1.pdf">1.产业园区认定办法.pdf</a></li><li><a href="/att/2.pdf">2.公共海外仓认定办法.pdf</a></li></ol>
            <ul><li><a href="/a.html">1.关于印发稳外贸工作方案的通知</a></li><li><a href="/b.html">2.关于推进服务贸易创新发展的实施意见</a></li></ul>
            </div></body></html>
            """);
        var lines = outcome.Text!.Lines;
        Assert.Contains(lines, l => l.Contains("奖励30万元", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("认定办法", StringComparison.Ordinal) || l.Contains("稳外贸", StringComparison.Ordinal));
    }
}
