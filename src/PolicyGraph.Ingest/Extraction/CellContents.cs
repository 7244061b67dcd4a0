using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Says what a table cell holds when its column's header does not: a list of agencies the gazetteer knows, zones it
/// knows, or a deadline (a date, or a phrase of the vocabulary such as 年底前). Used only for columns whose header
/// names nothing known, so the resolvers run on few cells.
/// </summary>
public sealed partial class CellContents
{
    private const int MaxDeadlineLength = 24;

    private readonly Lazy<AgencyResolver> _agencies;
    private readonly Lazy<ZoneResolver> _zones;
    private readonly Lazy<Jurisdiction> _jurisdiction;
    private readonly ExtractionVocabulary _vocabulary;

    /// <remarks>Resolvers and jurisdiction are made on first use: most tables name every column in their header.</remarks>
    public CellContents(Gazetteer gazetteer, ExtractionVocabulary vocabulary, Func<Jurisdiction> jurisdiction)
    {
        _agencies = new(() => new AgencyResolver(gazetteer));
        _zones = new(() => new ZoneResolver(gazetteer));
        _jurisdiction = new(jurisdiction);
        _vocabulary = vocabulary;
    }

    public Jurisdiction Jurisdiction => _jurisdiction.Value;

    /// <summary>Every name in the cell is an agency the gazetteer knows.</summary>
    public bool IsAgencies(string cell) =>
        _agencies.Value.ResolveList(cell, Jurisdiction) is { Count: > 0 } agencies && agencies.All(a => a.Known);

    /// <summary>Every item of the cell is a zone or scope word (全省, 福州片区) the gazetteer knows.</summary>
    public bool IsZones(string cell) =>
        _zones.Value.ResolveScope(cell, Jurisdiction) is { Count: > 0 } zones && zones.All(z => z.Known);

    public bool IsDeadline(string cell) => IsDeadlineText(cell, _vocabulary);

    /// <summary>A date ("2025年底前", "6月底前") or a phrase of the vocabulary's deadline-phrase rows, short as a deadline is.</summary>
    private static bool IsDeadlineText(string text, ExtractionVocabulary vocabulary) =>
        text.Length <= MaxDeadlineLength
        && (DateShape().IsMatch(text) || ContainsDeadlinePhrase(text, vocabulary));

    /// <summary>
    /// A note that reads as a time limit: a date that ends as a limit does ("6月底前", "2025年底", "年内") or a
    /// deadline or frequency phrase of the vocabulary ("全年持续推进", "每月"); a bare year, range or edition
    /// ("2026—2030年", "2025年版") is none.
    /// </summary>
    internal static bool IsTimeLimit(string text, ExtractionVocabulary vocabulary) =>
        text.Length <= MaxDeadlineLength
        && ((DateShape().IsMatch(text) && EndsAsLimit(text.TrimEnd()))
            || ContainsDeadlinePhrase(text, vocabulary) || vocabulary.RecurringDeadlines.Any(p => text.Contains(p, StringComparison.Ordinal)));

    private static bool EndsAsLimit(string text) => text is [.., '前' or '底' or '内'] || text.EndsWith("完成", StringComparison.Ordinal);

    // A loop, not Any: tables whose header names no deadline test every cell, and a lambda capturing the cell allocates.
    private static bool ContainsDeadlinePhrase(string cell, ExtractionVocabulary vocabulary)
    {
        foreach (var phrase in vocabulary.DeadlinePhrases)
        {
            if (cell.Contains(phrase, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(19|20)\d{2}\s*年|(19|20)\d{2}[-./]\d{1,2}|\d{1,2}\s*月(底|前|份)")]
    private static partial Regex DateShape();
}
