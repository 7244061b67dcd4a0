using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class ExtractionVocabularyTests
{
    [Fact]
    public void The_shipped_vocabulary_is_the_file_in_seeds_reference()
    {
        var path = PolicyGraph.Testing.RepositoryRoot.Combine("seeds", "reference", ExtractionVocabulary.FileName);
        var fromFile = ExtractionVocabulary.Parse(path, File.ReadLines(path));
        Assert.Equal(fromFile.Columns, ExtractionVocabulary.Default.Columns);
        Assert.Equal(fromFile.RequirementSectionWords, ExtractionVocabulary.Default.RequirementSectionWords);
        Assert.Equal(fromFile.WordsEndingInYou, ExtractionVocabulary.Default.WordsEndingInYou);
        Assert.Equal(fromFile.TitleSubjectWords, ExtractionVocabulary.Default.TitleSubjectWords);
        Assert.Equal(fromFile.TitleEndings, ExtractionVocabulary.Default.TitleEndings);
        Assert.Equal(fromFile.FreeTradeZoneWords, ExtractionVocabulary.Default.FreeTradeZoneWords);
        Assert.Equal(fromFile.VagueDeterminers, ExtractionVocabulary.Default.VagueDeterminers);
        Assert.Equal(fromFile.PlaceWords, ExtractionVocabulary.Default.PlaceWords);
        Assert.Equal(fromFile.SimilarityStopPhrases, ExtractionVocabulary.Default.SimilarityStopPhrases);
    }

    [Fact]
    public void The_full_free_trade_zone_word_comes_first_whatever_the_row_order()
    {
        string[] rows = ["ftz-word\t自贸区", "ftz-word\t自由贸易试验区\tcanonical", "ftz-word\t自贸试验区"];
        var forward = ExtractionVocabulary.Parse("v.tsv", ["list\tword\tmeaning", .. rows]);
        var backward = ExtractionVocabulary.Parse("v.tsv", ["list\tword\tmeaning", .. Enumerable.Reverse(rows)]);
        Assert.Equal(["自由贸易试验区", "自贸试验区", "自贸区"], forward.FreeTradeZoneWords);
        Assert.Equal(forward.FreeTradeZoneWords, backward.FreeTradeZoneWords);
    }

    [Fact]
    public void The_canonical_free_trade_zone_word_is_the_marked_row_not_the_longest()
    {
        var vocabulary = ExtractionVocabulary.Parse("v.tsv",
            ["list\tword\tmeaning", "ftz-word\t自由贸易试验区\tcanonical", "ftz-word\t自由贸易实验区", "ftz-word\t自贸区"]);

        Assert.Equal("自由贸易试验区", vocabulary.CanonicalFreeTradeZoneWord);
        Assert.Equal("自由贸易试验区", ExtractionVocabulary.Default.CanonicalFreeTradeZoneWord);
    }

    [Theory]
    [InlineData("ftz-word\t自由贸易试验区\nftz-word\t自贸区", "v.tsv:2", "no ftz-word is marked canonical")]
    [InlineData("ftz-word\t自由贸易试验区\tcanonical\nftz-word\t自贸区\tcanonical", "v.tsv:3", "second ftz-word")]
    [InlineData("ftz-word\t自由贸易试验区\tfull", "v.tsv:2", "not 'full'")]
    public void The_canonical_mark_must_be_on_exactly_one_ftz_word(string rows, string fileAndLine, string message)
    {
        var error = Assert.Throws<GazetteerFormatException>(() => ExtractionVocabulary.Parse("v.tsv", ["list\tword\tmeaning", .. rows.Split('\n')]));

        Assert.StartsWith(fileAndLine + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vague_determiners_are_tried_longest_first_and_stop_phrases_keep_row_order()
    {
        var vocabulary = ExtractionVocabulary.Parse("v.tsv",
            ["list\tword\tmeaning", "vague-determiner\t全", "vague-determiner\t全部", "similarity-stop-phrase\t自贸片区", "similarity-stop-phrase\t片区"]);
        Assert.Equal(["全部", "全"], vocabulary.VagueDeterminers);
        Assert.Equal(["自贸片区", "片区"], vocabulary.SimilarityStopPhrases);
    }

    [Fact]
    public void A_stop_phrase_after_a_shorter_one_it_contains_is_refused_naming_file_and_line()
    {
        var error = Assert.Throws<GazetteerFormatException>(() => ExtractionVocabulary.Parse("v.tsv",
            ["list\tword\tmeaning", "similarity-stop-phrase\t片区", "similarity-stop-phrase\t自贸片区"]));

        Assert.StartsWith("v.tsv:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'自贸片区'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("关于印发某市实施方案的通知", false, true)]
    [InlineData("某市营商环境改革实施方案）", false, false)]
    [InlineData("某市营商环境改革实施方案）", true, true)]
    [InlineData("某市营商环境改革实施方案\n", false, true)]
    [InlineData("推进营商环境改革", true, false)]
    public void A_title_ending_is_a_listed_kind_of_document_at_the_end(string text, bool closingBracketAllowed, bool expected)
    {
        Assert.Equal(expected, ExtractionVocabulary.Default.EndsWithTitleEnding(text, closingBracketAllowed));
    }

    [Fact]
    public void A_new_title_ending_in_the_data_makes_a_line_end_like_a_title()
    {
        var vocabulary = ExtractionVocabulary.Parse("v.tsv", ["list\tword\tmeaning", "title-ending\t倡议书"]);
        Assert.True(vocabulary.EndsWithTitleEnding("关于共建开放型经济的倡议书"));
        Assert.False(ExtractionVocabulary.Default.EndsWithTitleEnding("关于共建开放型经济的倡议书"));
    }

    public static TheoryData<string> WordsEndingInYou() => [.. ExtractionVocabulary.Default.WordsEndingInYou];

    [Theory]
    [MemberData(nameof(WordsEndingInYou))]
    public void The_you_of_a_listed_word_opens_no_list_of_units(string word)
    {
        Assert.Null(OnlyItem($"1.加快建设，推进{word}贸易试验区管委会牵头工作。").Clause?.Units);
        Assert.Equal("市商务局", OnlyItem("1.加快建设，由市商务局牵头。").Clause?.Units?.Units);
    }

    [Fact]
    public void The_title_subject_word_separates_the_issuer_in_a_title()
    {
        var issuer = TestCorpus.ParseText("成都市人民政府关于印发某方案的通知\n\n1.推进改革，由市商务局牵头。\n").Metadata.Issuer;
        Assert.Equal("成都市人民政府", issuer);
        Assert.Equal(0, ExtractionVocabulary.Default.IndexOfTitleSubject("关于印发某方案的通知"));
    }

    [Fact]
    public void Column_names_are_tried_longest_first()
    {
        var columns = ExtractionVocabulary.Parse("v.tsv", ["list\tword\tmeaning", "column\t责任单位\tUnits", "column\t牵头责任单位\tLeadUnits"]).Columns;
        Assert.Equal(["牵头责任单位", "责任单位"], columns.Select(c => c.Name));
    }

    [Fact]
    public void A_new_requirement_heading_word_in_the_data_changes_what_is_a_requirement()
    {
        var vocabulary = ExtractionVocabulary.Parse("v.tsv", ["list\tword\tmeaning", "requirement-section\t其他说明"]);
        var structure = StructureParser.Parse(TestCorpus.ParseText("某市方案\n\n一、重点任务\n\n1.推进改革，加快建设。\n\n二、其他说明\n\n1.本方案自印发之日起施行，由市政府负责解释。\n").Lines, outline: false);
        var classified = ItemClassifier.Classify(structure, [], vocabulary);
        Assert.Equal((1, 1), (classified.Measures.Count, classified.Requirements.Count));
    }

    [Theory]
    [InlineData("column\t责任单位\tOwner", 3)]
    [InlineData("shelf\t责任单位\tUnits", 3)]
    [InlineData("genre-title\t方案", 3)]
    [InlineData("word-ending-you\t自", 3)]
    [InlineData("word-ending-you\t自治", 3)]
    public void A_malformed_row_is_an_error_naming_file_and_line(string row, int line)
    {
        var error = Assert.Throws<GazetteerFormatException>(() =>
            ExtractionVocabulary.Parse("vocabulary.tsv", ["# comment", "list\tword\tmeaning", row]));
        Assert.Equal(("vocabulary.tsv", line), (error.FilePath, error.Line));
    }

    private static BodyItem OnlyItem(string itemLine) =>
        StructureParser.Parse(TestCorpus.ParseText($"某市方案\n\n一、重点任务\n\n{itemLine}\n").Lines, outline: false).Items.Single();
}
