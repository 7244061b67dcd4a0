using PolicyGraph.Embedded.Search;

namespace PolicyGraph.Embedded.Tests.Search;

public sealed class FullTextAnalyzerTests
{
    [Fact]
    public void Cjk_makes_overlapping_bigrams_of_ideograph_runs_and_lower_cased_words_elsewhere()
    {
        var terms = FullTextAnalyzer.ForName("cjk").Terms("跨境资金池 and QFLP试点，港");

        Assert.Equal(["跨境", "境资", "资金", "金池", "qflp", "试点", "港"], terms);
    }

    [Fact]
    public void Full_width_letters_and_digits_read_as_ascii()
    {
        Assert.Equal(["abc123"], FullTextAnalyzer.ForName("cjk").Terms("ＡＢＣ１２３"));
    }

    [Fact]
    public void The_default_analyzer_keeps_stop_words_and_makes_each_ideograph_a_term()
    {
        Assert.Equal(["the", "tax", "资", "金"], FullTextAnalyzer.ForName(FullTextAnalyzer.DefaultName).Terms("The TAX 资金"));
        Assert.Equal(["tax"], FullTextAnalyzer.ForName("standard").Terms("the tax"));
    }

    [Fact]
    public void Keyword_keeps_the_whole_value_and_whitespace_only_splits()
    {
        Assert.Equal(["Free Trade"], FullTextAnalyzer.ForName("keyword").Terms("Free Trade"));
        Assert.Equal(["Free", "Trade,"], FullTextAnalyzer.ForName("whitespace").Terms("Free  Trade,"));
    }
}
