using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// The "(实施范围：…，责任单位：…)" clause closing a measure of an implementation plan, or the "由…牵头" phrase in
/// its text: scope, units (with their roles when stated) and deadline, each null when not stated.
/// </summary>
public sealed record ResponsibilityClause(string? Scope, UnitStatement? Units, string? Deadline, int Line, string Quote)
{
    /// <summary>The areas a labelled clause says the measure was piloted in (试点片区：…), or null.</summary>
    public string? Pilot { get; init; }
}

/// <summary>A numbered item of the body text (or a named programme in a 专栏 box) before merging with tables.</summary>
public sealed record BodyItem(
    int Seq,
    MarkerKind Kind,
    string Title,
    string Text,
    int Line,
    string? SectionPath,
    ResponsibilityClause? Clause)
{
    /// <summary>"（全国首创）" closing the item's name: the novelty it states, taken out of the title; or null.</summary>
    public string? Novelty { get; init; }

    /// <summary>Units stated apart from the text: a closing bracket or label sentence, or a units line under the item.</summary>
    public bool StatesUnitsApart { get; init; }
}

public sealed record DocumentStructure(IReadOnlyList<ParsedSection> Sections, IReadOnlyList<BodyItem> Items);
