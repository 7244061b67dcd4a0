using PolicyGraph.Core.Schema;

namespace PolicyGraph.Core.Tests.Schema;

/// <summary>The searchable names' lower-casing skips the call only for text without case; everything else is lowered invariantly.</summary>
public sealed class SearchableNameRulesLowerCaseTests
{
    [Theory]
    [InlineData("Free Trade ZONE", "free trade zone")]
    [InlineData("\u0130stanbul X", "\u0130stanbul x")] // .NET's invariant casing leaves İ as it is (no Turkish rule)
    [InlineData("\uFF21\uFF22\uFF23试点", "\uFF41\uFF42\uFF43试点")] // full-width ＡＢＣ
    [InlineData("\u03A3\u039F\u03A3", "\u03C3\u03BF\u03C3")] // ΣΟΣ: invariant, so no final ς
    [InlineData("自贸试验区（福州片区）", "自贸试验区（福州片区）")]
    [InlineData("already lower 123", "already lower 123")]
    public void Names_are_lowered_as_the_invariant_culture_lowers_them(string name, string expected) =>
        Assert.Equal(expected, SearchableNameRules.LowerCase(name));
}
