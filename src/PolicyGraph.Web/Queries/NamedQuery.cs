namespace PolicyGraph.Web.Queries;

public enum ParameterType
{
    String,
    Integer,
    Float,
    Boolean,
}

/// <summary>A declared query parameter; an optional one takes <see cref="Default"/> (possibly null) when omitted.</summary>
public sealed record QueryParameter(string Name, ParameterType Type, bool Required, object? Default, string Description);

/// <summary>
/// A derived edge a view draws between two node columns of each row (e.g. agencies that share measures),
/// labelled <see cref="Label"/> and weighted by <see cref="WeightColumn"/>.
/// </summary>
public sealed record QueryLink(string SourceColumn, string TargetColumn, string Label, string? WeightColumn);

/// <summary>A ready-made view: a parameterised Cypher file of cypher/queries with its header metadata.</summary>
public sealed record NamedQuery(
    string Name,
    string TitleZh,
    string TitleEn,
    string Answers,
    string AnswersZh,
    IReadOnlyList<QueryParameter> Parameters,
    IReadOnlyList<QueryLink> Links,
    string Cypher,
    string SourceFile);
