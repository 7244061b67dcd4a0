using System.Collections;
using System.Runtime.CompilerServices;

namespace PolicyGraph.Cypher.Ast;

/// <summary>Where a node starts in the query text. Offset is 0-based; Line and Column are 1-based.</summary>
public readonly record struct SourcePosition(int Offset, int Line, int Column)
{
    public override string ToString() => $"line {Line}, column {Column}";
}

/// <summary>
/// Base of every syntax-tree node. <see cref="Position"/> is deliberately left out of equality so tests can
/// compare a parsed tree with one built by hand.
/// </summary>
public abstract record AstNode
{
    public SourcePosition Position { get; init; }

    public virtual bool Equals(AstNode? other) => other is not null && EqualityContract == other.EqualityContract;

    public override int GetHashCode() => EqualityContract.GetHashCode();
}

/// <summary>An immutable list with structural equality, so records holding lists compare by content.</summary>
[CollectionBuilder(typeof(AstList), nameof(AstList.Create))]
public sealed class AstList<T> : IReadOnlyList<T>, IEquatable<AstList<T>>
{
    private readonly T[] items;

    public AstList(IEnumerable<T> items) => this.items = items.ToArray();

    public static AstList<T> Empty { get; } = new(Array.Empty<T>());

    public int Count => items.Length;

    public T this[int index] => items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public bool Equals(AstList<T>? other) => other is not null && items.SequenceEqual(other.items);

    public override bool Equals(object? obj) => obj is AstList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", items) + "]";
}

public static class AstList
{
    public static AstList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());

    public static AstList<T> From<T>(IEnumerable<T> items) => new(items);
}
