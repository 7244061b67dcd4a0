namespace PolicyGraph.Embedded.Storage;

/// <summary>Equal when two name lists hold the same names in the same order (ordinal), so no name can look like two.</summary>
internal sealed class NameSequenceComparer : IEqualityComparer<string[]>
{
    public static readonly NameSequenceComparer Instance = new();

    public bool Equals(string[]? x, string[]? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y, StringComparer.Ordinal));

    public int GetHashCode(string[] names)
    {
        var hash = new HashCode();
        hash.Add(names.Length);
        foreach (var name in names) hash.Add(name, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
