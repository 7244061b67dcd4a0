using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Tests.Repair;

public class MarkupCleanerTests
{
    [Theory]
    [InlineData("a<script>alert(1)</script>b", "ab")]
    [InlineData("a<SCRIPT type=\"x\">x</Script >b", "ab")]
    [InlineData("a<style>p{}</style>b<br/>c", "abc")]
    [InlineData("<b>粗体</b>文字", "粗体文字")]
    [InlineData("a < b > c", "a < b > c")]
    public void RemoveAllMarkup_drops_scripts_with_their_content_and_other_tags_alone(string input, string expected) =>
        Assert.Equal(expected, MarkupCleaner.RemoveAllMarkup(input));

    [Fact]
    public void Unclosed_script_openers_are_removed_as_tags_and_their_text_kept()
    {
        var text = string.Concat(Enumerable.Repeat("<script>x", 20_000));

        Assert.Equal(string.Concat(Enumerable.Repeat("x", 20_000)), MarkupCleaner.RemoveAllMarkup(text));
    }

    [Theory]
    [InlineData(@"3\. 推进口岸通关改革", "3. 推进口岸通关改革")]
    [InlineData(@"\*不是粗体\*，\[附件\]", "*不是粗体*，[附件]")]
    [InlineData(@"路径 C:\数据\文件", @"路径 C:\数据\文件")]
    public void Markdown_escapes_before_ascii_punctuation_lose_their_backslash(string input, string expected) =>
        Assert.Equal(expected, MarkupCleaner.Clean(input));
}
