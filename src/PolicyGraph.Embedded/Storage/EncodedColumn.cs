namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// A node property column with its values dictionary-encoded: one code per node id into <see cref="Values"/>, so a
/// count per value is a count per code. Codes: <see cref="NoSlot"/> where the column holds no node (read that id
/// some other way), <see cref="Absent"/> for a node without the key. Only strings, integers and booleans are
/// encoded (equal means the same type and value); a column holding anything else is not encoded.
/// </summary>
internal sealed class EncodedColumn(int[] codes, object[] values)
{
    public const int NoSlot = -1;
    public const int Absent = -2;

    public int[] Codes { get; } = codes;

    public object[] Values { get; } = values;

    /// <summary>The encoding of a built column's slots; null when a value is of a kind not encoded.</summary>
    public static EncodedColumn? Encode(object?[] slots, Func<object, bool> isMissing)
    {
        var codes = new int[slots.Length];
        var known = new Dictionary<object, int>();
        var values = new List<object>();
        for (var id = 0; id < slots.Length; id++)
        {
            var slot = slots[id];
            if (slot is null) codes[id] = NoSlot;
            else if (isMissing(slot)) codes[id] = Absent;
            else if (slot is not (string or long or bool)) return null;
            else if (known.TryGetValue(slot, out var code)) codes[id] = code;
            else
            {
                codes[id] = known[slot] = values.Count;
                values.Add(slot);
            }
        }
        return new EncodedColumn(codes, [.. values]);
    }
}
