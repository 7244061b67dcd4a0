using System.Text;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// A node property column whose values are nearly all distinct strings (an id), kept per chunk of node ids as the
/// strings end to end instead of a string object per node: one byte a character where the chunk's strings are all
/// ASCII, else two (27 ASCII characters: 31 bytes a node against 88 for a slot and its string). A read makes the
/// string (equal, not the same instance). Arrays are per chunk, so the column grows without copying; a chunk of long
/// non-ASCII strings (1,024 texts of 40+ characters) is a large-object-heap array, as each 1,024 slots of an object column are not.
/// </summary>
internal sealed class PackedStringColumn(int length)
{
    internal const byte NoNode = 0;
    internal const byte LacksKey = 1;
    internal const byte HasString = 2;
    private readonly Chunk?[] _chunks = new Chunk?[(length + ChunkedArray<NodeRecord>.ChunkSize - 1) >> ChunkedArray<NodeRecord>.ChunkBits];

    /// <summary>Slots the column spans (node ids 0 to length - 1).</summary>
    public int Length => length;

    /// <summary>Whether a node is at <paramref name="id"/> (a packed chunk's slot that is not empty).</summary>
    public bool HasNode(int id)
    {
        var chunkIndex = id >> ChunkedArray<NodeRecord>.ChunkBits;
        var index = id & (ChunkedArray<NodeRecord>.ChunkSize - 1);
        return (uint)chunkIndex < (uint)_chunks.Length && _chunks[chunkIndex] is { } chunk && index < chunk.Kinds.Length && chunk.Kinds[index] != NoNode;
    }

    /// <summary>Bytes the column holds (arrays and their headers), for memory reports.</summary>
    public long Bytes { get; private set; }

    /// <summary>
    /// Packs the slots of chunk <paramref name="chunkIndex"/> of <paramref name="column"/> (null: no node;
    /// <paramref name="missing"/>: the node lacks the key) and clears them there; false, leaving the slots as they
    /// were, when a value is not a string.
    /// </summary>
    public bool TryPack(object?[] column, int chunkIndex, object missing)
    {
        var first = chunkIndex << ChunkedArray<NodeRecord>.ChunkBits;
        var count = Math.Min(ChunkedArray<NodeRecord>.ChunkSize, column.Length - first);
        if (count <= 0) return true;
        var (total, ascii) = (0L, true);
        for (var i = 0; i < count; i++)
        {
            var slot = column[first + i];
            if (slot is null || ReferenceEquals(slot, missing)) continue;
            if (slot is not string text) return false;
            ascii &= Ascii.IsValid(text);
            total += text.Length;
        }
        // A chunk too long for one array stays as objects (the caller then keeps the object column).
        if (total > Array.MaxLength) return false;
        var chunk = new Chunk(ascii ? new byte[(int)total] : null, ascii ? null : new char[(int)total], new int[count], new byte[count]);
        var end = 0;
        for (var i = 0; i < count; i++)
        {
            var slot = column[first + i];
            chunk.Kinds[i] = slot is null ? NoNode : ReferenceEquals(slot, missing) ? LacksKey : HasString;
            if (slot is string text)
            {
                if (ascii) Encoding.ASCII.GetBytes(text, chunk.Bytes.AsSpan(end));
                else text.CopyTo(chunk.Chars.AsSpan(end));
                end += text.Length;
            }
            chunk.Ends[i] = end;
        }
        Store(chunkIndex, chunk);
        Array.Clear(column, first, count);
        return true;
    }

    /// <summary>
    /// Packs chunk <paramref name="chunkIndex"/> from its strings' UTF-8 bytes end to end (<paramref name="utf8"/>, where
    /// slot i's ends at <paramref name="utf8Ends"/>[i]) and what each slot holds (<paramref name="kinds"/>:
    /// <see cref="NoNode"/>, <see cref="LacksKey"/> or <see cref="HasString"/>), as <see cref="TryPack"/> packs the
    /// same strings: a column build reading the file makes no string per node. False, packing nothing, for a chunk too
    /// long for one array (the caller then reads it as objects, which keeps the object column).
    /// </summary>
    public bool TryPackUtf8(int chunkIndex, ReadOnlySpan<byte> utf8, int[] utf8Ends, byte[] kinds)
    {
        // UTF-8 bytes are all below 0x80 exactly when every string is ASCII: then the bytes are the characters.
        if (Ascii.IsValid(utf8))
        {
            Store(chunkIndex, new Chunk(utf8.ToArray(), null, utf8Ends, kinds));
            return true;
        }
        // Each string decoded on its own, as reading it as a string does.
        var total = 0L;
        for (var (i, start) = (0, 0); i < kinds.Length; start = utf8Ends[i++])
            total += Encoding.UTF8.GetCharCount(utf8[start..utf8Ends[i]]);
        if (total > Array.MaxLength) return false;
        var chars = new char[total];
        var ends = new int[kinds.Length];
        for (var (i, start, end) = (0, 0, 0); i < kinds.Length; start = utf8Ends[i++])
        {
            end += Encoding.UTF8.GetChars(utf8[start..utf8Ends[i]], chars.AsSpan(end));
            ends[i] = end;
        }
        Store(chunkIndex, new Chunk(null, chars, ends, kinds));
        return true;
    }

    private void Store(int chunkIndex, Chunk chunk)
    {
        _chunks[chunkIndex] = chunk;
        Bytes += 3 * 24 + (chunk.Bytes?.Length ?? 2L * chunk.Chars!.Length) + 5L * chunk.Kinds.Length;
    }

    /// <summary>Puts the packed chunks' values back into <paramref name="column"/> (a later chunk could not be packed).</summary>
    public void Unpack(object?[] column, object missing)
    {
        for (var chunkIndex = 0; chunkIndex < _chunks.Length; chunkIndex++)
        {
            if (_chunks[chunkIndex] is null) continue;
            var first = chunkIndex << ChunkedArray<NodeRecord>.ChunkBits;
            for (var i = 0; i < _chunks[chunkIndex]!.Kinds.Length; i++)
                column[first + i] = Read(chunkIndex, i, missing);
        }
    }

    /// <summary>
    /// The slot of node <paramref name="id"/> as the object column would hold it: its string, <paramref name="missing"/>
    /// when the node lacks the key; false when there is no node there (or no packed chunk).
    /// </summary>
    public bool TryRead(int id, object missing, out object? value)
    {
        value = null;
        var chunkIndex = id >> ChunkedArray<NodeRecord>.ChunkBits;
        if ((uint)chunkIndex >= (uint)_chunks.Length || _chunks[chunkIndex] is not { } chunk) return false;
        var index = id & (ChunkedArray<NodeRecord>.ChunkSize - 1);
        if (index >= chunk.Kinds.Length || chunk.Kinds[index] == NoNode) return false;
        value = Read(chunkIndex, index, missing);
        return true;
    }

    /// <summary>
    /// Whether node <paramref name="id"/>'s string contains <paramref name="needle"/> (ordinal, as
    /// <see cref="string.Contains(string, StringComparison)"/>), read in place; null when the slot holds no string.
    /// <paramref name="asciiNeedle"/> is the needle as ASCII bytes, null when it is not ASCII (no ASCII string holds it).
    /// </summary>
    public bool? Contains(int id, string needle, byte[]? asciiNeedle)
    {
        var chunkIndex = id >> ChunkedArray<NodeRecord>.ChunkBits;
        if ((uint)chunkIndex >= (uint)_chunks.Length || _chunks[chunkIndex] is not { } chunk) return null;
        var index = id & (ChunkedArray<NodeRecord>.ChunkSize - 1);
        if (index >= chunk.Kinds.Length || chunk.Kinds[index] != HasString) return null;
        var start = index == 0 ? 0 : chunk.Ends[index - 1];
        var length = chunk.Ends[index] - start;
        if (chunk.Bytes is { } bytes) return asciiNeedle is not null && bytes.AsSpan(start, length).IndexOf(asciiNeedle) >= 0;
        return chunk.Chars.AsSpan(start, length).IndexOf(needle, StringComparison.Ordinal) >= 0;
    }

    private object? Read(int chunkIndex, int index, object missing)
    {
        var chunk = _chunks[chunkIndex]!;
        switch (chunk.Kinds[index])
        {
            case NoNode: return null;
            case LacksKey: return missing;
        }
        var start = index == 0 ? 0 : chunk.Ends[index - 1];
        var length = chunk.Ends[index] - start;
        return chunk.Bytes is { } bytes ? Encoding.ASCII.GetString(bytes, start, length) : new string(chunk.Chars!, start, length);
    }

    /// <summary>
    /// One chunk of node ids: its strings end to end (as bytes when all are ASCII, else as characters), where each
    /// slot's string ends, and what each slot holds.
    /// </summary>
    private sealed record Chunk(byte[]? Bytes, char[]? Chars, int[] Ends, byte[] Kinds);
}
