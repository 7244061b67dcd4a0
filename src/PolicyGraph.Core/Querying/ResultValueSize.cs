namespace PolicyGraph.Core.Querying;

/// <summary>
/// An estimate of the bytes a result value occupies once returned (about what its JSON or text form takes):
/// what <see cref="QueryOptions.MaxResultBytes"/> is checked against. Bounded by <see cref="ValueNesting"/>.
/// </summary>
public static class ResultValueSize
{
    private const long ScalarBytes = 8;
    private const long SeparatorBytes = 2;

    public static long Of(object? value) => Of(value, 0);

    private static long Of(object? value, int depth) => value switch
    {
        null or bool or long or int or double or float => ScalarBytes,
        string text => SeparatorBytes + 2L * text.Length,
        NodeValue node => SeparatorBytes + node.ElementId.Length + node.Labels.Sum(l => l.Length + SeparatorBytes) + MapSize(node.Properties, depth + 1),
        RelationshipValue rel => SeparatorBytes + rel.ElementId.Length + rel.Type.Length + rel.StartElementId.Length + rel.EndElementId.Length
            + MapSize(rel.Properties, depth + 1),
        PathValue path => path.Nodes.Sum(n => Of(n, depth + 1)) + path.Relationships.Sum(r => Of(r, depth + 1)),
        IReadOnlyDictionary<string, object?> map => MapSize(map, depth + 1),
        System.Collections.IEnumerable list => ListSize(list, depth + 1),
        _ => ScalarBytes + (value.ToString()?.Length ?? 0),
    };

    private static long MapSize(IReadOnlyDictionary<string, object?> map, int depth)
    {
        ValueNesting.Check(depth, "a result");
        var total = SeparatorBytes;
        foreach (var (key, item) in map) total += key.Length + SeparatorBytes + Of(item, depth);
        return total;
    }

    private static long ListSize(System.Collections.IEnumerable list, int depth)
    {
        ValueNesting.Check(depth, "a result");
        var total = SeparatorBytes;
        foreach (var item in list) total += SeparatorBytes + Of(item, depth);
        return total;
    }
}
