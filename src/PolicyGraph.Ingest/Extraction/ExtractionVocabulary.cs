using System.Buffers;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// The words the extractor reads documents by — genre title words, table column names, novelty labels, Taiwan cues,
/// headings of requirement sections — loaded from seeds/reference/extraction-vocabulary.tsv (embedded in the
/// assembly at build time, so extraction works from any directory). Immutable once loaded.
/// </summary>
public sealed class ExtractionVocabulary
{
    public const string FileName = "extraction-vocabulary.tsv";

    private static readonly Lazy<ExtractionVocabulary> DefaultInstance = new(LoadEmbedded);

    private ExtractionVocabulary(IReadOnlyList<(string List, string Word, string? Meaning)> rows)
    {
        string[] Words(string list) => rows.Where(r => r.List == list).Select(r => r.Word).ToArray();
        GenreTitleWords = rows.Where(r => r.List == "genre-title").Select(r => (r.Word, r.Meaning!)).ToArray();
        BatchWords = Words("genre-batch-word");
        Columns = rows.Where(r => r.List == "column")
            .Select(r => (r.Word, Enum.Parse<ColumnRole>(r.Meaning!)))
            .OrderByDescending(c => c.Word.Length).ToArray();
        Novelties = Words("novelty").OrderByDescending(w => w.Length).ToArray();
        TaiwanTotalLabels = Words("taiwan-total");
        TaiwanCues = Words("taiwan-cue");
        TaiwanFalsePrefixes = string.Concat(Words("taiwan-false-prefix"));
        RequirementSectionWords = Words("requirement-section");
        DeadlinePhrases = Words("deadline-phrase");
        RecurringDeadlines = Words("deadline-recurring");
        SubjectFollowers = Words("subject-follow").OrderByDescending(w => w.Length).ToArray();
        SubjectFollowerStarts = SearchValues.Create([.. SubjectFollowers.Select(w => w[0]).Distinct()]);
        SubjectJoiners = rows.Where(r => r.List == "subject-follow" && r.Meaning == "with").Select(r => r.Word).ToArray();
        WordsEndingInYou = Words("word-ending-you");
        ClauseOpeners = LongestFirst(Words("clause-opener"));
        OpenerNameWords = Words("opener-name-word");
        PreambleSectionWords = Words("preamble-section");
        TitleSubjectWords = Words("title-subject");
        _titleEndings = Words("title-ending");
        FreeTradeZoneWords = LongestFirst(Words("ftz-word"));
        CanonicalFreeTradeZoneWord = rows.FirstOrDefault(r => r.List == "ftz-word" && r.Meaning == CanonicalMark).Word;
        VagueDeterminers = LongestFirst(Words("vague-determiner"));
        PlaceWords = Words("place-word");
        SimilarityStopPhrases = Words("similarity-stop-phrase");
        ItemLabels = LongestFirst(Words("item-label"));
    }

    /// <summary>The vocabulary shipped in the assembly.</summary>
    public static ExtractionVocabulary Default => DefaultInstance.Value;

    /// <summary>(word, genre): a title containing the word has the genre; first row first.</summary>
    public IReadOnlyList<(string Word, string Genre)> GenreTitleWords { get; }

    /// <summary>With 第N批 in the title, one of these words makes the document an innovation batch.</summary>
    public IReadOnlyList<string> BatchWords { get; }

    /// <summary>Table header and clause label names with what the column holds, longest name first.</summary>
    public IReadOnlyList<(string Name, ColumnRole Role)> Columns { get; }

    /// <summary>Kinds of novelty (全国首创 …), longest first so 复制拓展 wins over 复制.</summary>
    public IReadOnlyList<string> Novelties { get; }

    public IReadOnlyList<string> TaiwanTotalLabels { get; }

    public IReadOnlyList<string> TaiwanCues { get; }

    public string TaiwanFalsePrefixes { get; }

    public IReadOnlyList<string> RequirementSectionWords { get; }

    /// <summary>Words that number an item with a label ("案例一：", "成果3："), longest first.</summary>
    public IReadOnlyList<string> ItemLabels { get; }

    /// <summary>Words of a deadline written as a phrase rather than a date (年底前, 持续推进).</summary>
    public IReadOnlyList<string> DeadlinePhrases { get; }

    /// <summary>A frequency (每月, 每季度): a deadline only in a bracket of its own closing an item, never a table cell's kind.</summary>
    public IReadOnlyList<string> RecurringDeadlines { get; }

    /// <summary>Verbs and prepositions that open a clause (对, 向, 支持): a run of names starting with one names no unit.</summary>
    public IReadOnlyList<string> ClauseOpeners { get; }

    /// <summary>Words that begin like a clause opener but belong to a name (对外贸易…): a run starting with one opens no clause.</summary>
    public IReadOnlyList<string> OpenerNameWords { get; }

    /// <summary>Heading words of a plan's preamble (总体要求, 发展目标): 一是…二是… under such a heading are goals, not items.</summary>
    public IReadOnlyList<string> PreambleSectionWords { get; }

    /// <summary>Words that may follow a list of units opening a sentence ("省商务厅要…"), longest first.</summary>
    public IReadOnlyList<string> SubjectFollowers { get; }

    /// <summary>The first characters of <see cref="SubjectFollowers"/>: a position holding another starts none.</summary>
    public SearchValues<char> SubjectFollowerStarts { get; }

    /// <summary>Followers after which more units are named ("会同南京海关、省交通运输厅推进…").</summary>
    public IReadOnlyList<string> SubjectJoiners { get; }

    /// <summary>Words ending in 由 whose 由 is no preposition (自由, 理由): no list of units starts after it.</summary>
    public IReadOnlyList<string> WordsEndingInYou { get; }

    /// <summary>Words opening a title's subject after the issuer's name (关于).</summary>
    public IReadOnlyList<string> TitleSubjectWords { get; }

    /// <summary>Kinds of document a title ends with (方案, 通知, 批复).</summary>
    public IReadOnlyList<string> TitleEndings => _titleEndings;

    // An array: every line is tested, and a loop over an array allocates no enumerator.
    private readonly string[] _titleEndings;

    /// <summary>Words naming a free trade zone without its place (自贸试验区), longest first (for matching).</summary>
    public IReadOnlyList<string> FreeTradeZoneWords { get; }

    /// <summary>
    /// The ftz-word canonical names are written in (自由贸易试验区): the row marked <c>canonical</c>, whatever the
    /// lengths; null when the vocabulary lists no ftz-word.
    /// </summary>
    public string? CanonicalFreeTradeZoneWord { get; }

    private const string CanonicalMark = "canonical";

    /// <summary>Words that make a place word relative or vague (相关, 各, 全), longest first.</summary>
    public IReadOnlyList<string> VagueDeterminers { get; }

    /// <summary>Place words that name no particular zone on their own (片区, 新区, 省).</summary>
    public IReadOnlyList<string> PlaceWords { get; }

    /// <summary>Phrases the similarity tokenizer blanks out before comparing measures, in row order.</summary>
    public IReadOnlyList<string> SimilarityStopPhrases { get; }

    /// <summary>
    /// Whether <paramref name="text"/> ends with a kind of document (…的通知), or with one closing bracket after
    /// it (…实施方案）) when <paramref name="closingBracketAllowed"/>. A final line break is ignored.
    /// </summary>
    public bool EndsWithTitleEnding(ReadOnlySpan<char> text, bool closingBracketAllowed = false)
    {
        if (text.EndsWith('\n')) text = text[..^1];
        if (closingBracketAllowed && text.Length > 0 && text[^1] is '）' or ')') text = text[..^1];
        foreach (var word in _titleEndings)
        {
            if (text.EndsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Where the first title-subject word (关于) stands in <paramref name="text"/>, or -1.</summary>
    public int IndexOfTitleSubject(string text)
    {
        var first = -1;
        foreach (var word in TitleSubjectWords)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
    }

    /// <summary>Longest first, equal lengths in ordinal order: the order no longer depends on the file's row order.</summary>
    private static string[] LongestFirst(string[] words) =>
        words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray();

    /// <summary>Reads the vocabulary; <paramref name="filePath"/> names the source in errors.</summary>
    /// <exception cref="GazetteerFormatException">A row is malformed (message names file and line).</exception>
    public static ExtractionVocabulary Parse(string filePath, IEnumerable<string> lines)
    {
        var rows = new List<(string, string, string?)>();
        var rules = new ListRules(filePath);
        foreach (var row in TsvTable.ReadRows(filePath, lines, ["list", "word", "meaning"]))
        {
            var list = row.OneOf("list", KnownLists);
            var meaning = row.Optional("meaning");
            if (list == "column" && !Enum.TryParse<ColumnRole>(meaning, out _))
                throw new GazetteerFormatException(filePath, row.Line, $"'{meaning}' is not a column role; expected one of {string.Join(", ", Enum.GetNames<ColumnRole>())}.");
            if (list == "word-ending-you" && row.Required("word") is var word && (word.Length < 2 || word[^1] != '由'))
                throw new GazetteerFormatException(filePath, row.Line, $"'{word}' is not a word ending in 由.");
            if (list == "genre-title" && meaning is null)
                throw new GazetteerFormatException(filePath, row.Line, "a genre-title row needs the genre in 'meaning'.");
            rules.Check(list, row.Required("word"), meaning, row.Line);
            rows.Add((list, row.Required("word"), meaning));
        }
        rules.CheckComplete();
        return new ExtractionVocabulary(rows);
    }

    /// <summary>
    /// Rules across rows of one list: stop phrases are blanked in row order, so none may contain an earlier one (that
    /// one would blank part of it first); exactly one ftz-word is marked canonical when the list has any.
    /// </summary>
    private sealed class ListRules(string filePath)
    {
        private readonly List<string> _stopPhrases = [];
        private int? _firstFtzLine;
        private int? _canonicalLine;

        public void Check(string list, string word, string? meaning, int line)
        {
            if (list == "similarity-stop-phrase")
            {
                if (_stopPhrases.FirstOrDefault(earlier => word.Contains(earlier, StringComparison.Ordinal)) is { } shorter)
                    throw new GazetteerFormatException(filePath, line, $"stop phrase '{word}' contains the earlier '{shorter}', which would blank part of it first; list it before '{shorter}'.");
                _stopPhrases.Add(word);
            }
            if (list != "ftz-word") return;
            _firstFtzLine ??= line;
            if (meaning is null) return;
            if (meaning != CanonicalMark)
                throw new GazetteerFormatException(filePath, line, $"an ftz-word row's meaning is empty or '{CanonicalMark}', not '{meaning}'.");
            if (_canonicalLine is { } earlier)
                throw new GazetteerFormatException(filePath, line, $"a second ftz-word is marked {CanonicalMark} (the first at line {earlier}).");
            _canonicalLine = line;
        }

        public void CheckComplete()
        {
            if (_firstFtzLine is { } line && _canonicalLine is null)
                throw new GazetteerFormatException(filePath, line, $"no ftz-word is marked {CanonicalMark}: mark the form canonical names are written in.");
        }
    }

    private static readonly string[] KnownLists =
        ["genre-title", "genre-batch-word", "column", "novelty", "taiwan-total", "taiwan-cue", "taiwan-false-prefix", "requirement-section", "deadline-phrase", "deadline-recurring", "subject-follow",
         "word-ending-you", "title-subject", "title-ending", "ftz-word", "vague-determiner", "place-word", "similarity-stop-phrase", "item-label", "clause-opener",
         "opener-name-word", "preamble-section"];

    private static ExtractionVocabulary LoadEmbedded() =>
        Parse("embedded:" + FileName, Gazetteer.ReadEmbedded(FileName)
            ?? throw new InvalidOperationException($"The build did not embed {FileName}."));
}
