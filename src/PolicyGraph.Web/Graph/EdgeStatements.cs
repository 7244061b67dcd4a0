using PolicyGraph.Core.Schema;

namespace PolicyGraph.Web.Graph;

/// <summary>Where a document states an edge: its part (body or annex table), the line and the text as written.</summary>
public sealed record EdgeStatement(string Source, int Line, string? Quote);

/// <summary>How an edge's <c>sources</c> property reads: body, table or both.</summary>
public static class EdgeStatements
{
    public const string Both = "both";

    /// <summary>"body", "table", "both", or null when the edge does not say (not every type has sources).</summary>
    public static string? SourcesOf(IReadOnlyDictionary<string, object?> properties)
    {
        if (properties.GetValueOrDefault(PropertyNames.Sources) is not IEnumerable<object?> sources)
            return null;
        var list = sources.OfType<string>().ToArray();
        var body = list.Contains(StatementSources.Body);
        var table = list.Contains(StatementSources.Table);
        return body && table ? Both : body ? StatementSources.Body : table ? StatementSources.Table : null;
    }
}
