using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>The "(实施范围：…，责任单位：…)" clause closing a measure of an implementation plan.</summary>
public sealed record ResponsibilityClause(string? Scope, string Units, int Line, string Quote);

/// <summary>A numbered item of the body text (or a named programme in a 专栏 box) before merging with tables.</summary>
public sealed record BodyItem(
    int Seq,
    MarkerKind Kind,
    string Title,
    string Text,
    int Line,
    string? SectionPath,
    ResponsibilityClause? Clause);

public sealed record DocumentStructure(IReadOnlyList<ParsedSection> Sections, IReadOnlyList<BodyItem> Items);
