namespace PolicyGraph.Embedded.Search;

/// <summary>One posting: an entity whose property <see cref="Field"/> holds a term <see cref="Frequency"/> times, in a text of <see cref="Length"/> terms.</summary>
internal readonly record struct Posting(int Entity, int Field, int Frequency, int Length);

/// <summary>
/// The postings of one full-text index, compact: terms sorted (ordinal) in one array; per term, one run of bytes in
/// a shared block holding its postings in entity order as varints (entity as the gap from the previous one, then the
/// field, then the frequency), so a posting takes 3–4 bytes instead of an object; field lengths by entity in two
/// flat int arrays. Immutable; written to and read from disk as these arrays (<see cref="FullTextIndexFile"/>).
/// </summary>
internal sealed class FullTextPostings
{
    public FullTextPostings(int fields, string[] terms, long[] termStarts, byte[] bytes, int[] entities, int[] lengths)
    {
        if (termStarts.Length != terms.Length + 1 || lengths.Length != (long)entities.Length * fields || termStarts[^1] != bytes.Length)
            throw new InvalidDataException("the full-text postings do not fit together");
        (Fields, Terms, TermStarts, Bytes, Entities, Lengths) = (fields, terms, termStarts, bytes, entities, lengths);
    }

    public int Fields { get; }

    public string[] Terms { get; }

    /// <summary>Where each term's postings start in <see cref="Bytes"/>; one more entry than terms (the end).</summary>
    public long[] TermStarts { get; }

    public byte[] Bytes { get; }

    /// <summary>Entities with at least one indexed field, ascending.</summary>
    public int[] Entities { get; }

    /// <summary>Terms per field of each entity of <see cref="Entities"/> (entity i's fields at i × fields).</summary>
    public int[] Lengths { get; }

    public int Length(int entity, int field)
    {
        var at = Array.BinarySearch(Entities, entity);
        return at < 0 ? 0 : Lengths[(long)at * Fields + field];
    }

    /// <summary>The postings of <paramref name="term"/>, in entity order (none when it is not indexed).</summary>
    public List<Posting> Postings(string term)
    {
        var index = Array.BinarySearch(Terms, term, StringComparer.Ordinal);
        return index < 0 ? [] : Decode(index);
    }

    public List<Posting> Decode(int termIndex)
    {
        var postings = new List<Posting>();
        var (at, end, entity) = (TermStarts[termIndex], TermStarts[termIndex + 1], 0);
        while (at < end)
        {
            entity += ReadVarint(ref at);
            var field = ReadVarint(ref at);
            var frequency = ReadVarint(ref at);
            if ((uint)field >= (uint)Fields) throw new InvalidDataException("a full-text posting names a field the index does not have");
            postings.Add(new Posting(entity, field, frequency, Length(entity, field)));
        }
        return postings;
    }

    private int ReadVarint(ref long at)
    {
        var (value, shift) = (0, 0);
        while (true)
        {
            if (at >= Bytes.Length || shift > 28) throw new InvalidDataException("a full-text posting is cut short");
            var b = Bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
            shift += 7;
        }
    }

    /// <summary>Collects postings term by term (each term's in entity order) and lays them out as <see cref="FullTextPostings"/>.</summary>
    internal sealed class Builder(int fields)
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly List<(byte[] Bytes, int Length, int LastEntity)> _runs = [];
        private readonly List<int> _entities = [];
        private readonly List<int> _lengths = [];

        /// <summary>The number of <paramref name="term"/>, given on first sight (span lookup, so no string is made for a known term).</summary>
        public int Number(ReadOnlySpan<char> term)
        {
            var lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(term, out var number)) return number;
            number = _runs.Count;
            lookup[term] = number;
            _runs.Add(([], 0, 0));
            return number;
        }

        public int Number(string term) => Number(term.AsSpan());

        /// <summary>Adds an entity's field lengths; entities come in ascending order.</summary>
        public void AddEntity(int entity, int[] lengths)
        {
            _entities.Add(entity);
            _lengths.AddRange(lengths);
        }

        /// <summary>Adds a posting to term <paramref name="number"/>; per term, entities come in ascending order.</summary>
        public void Add(int number, int entity, int field, int frequency)
        {
            var (bytes, length, last) = _runs[number];
            if (bytes.Length - length < 15) Array.Resize(ref bytes, Math.Max(16, bytes.Length * 2));
            length = WriteVarint(bytes, length, entity - last);
            length = WriteVarint(bytes, length, field);
            length = WriteVarint(bytes, length, frequency);
            _runs[number] = (bytes, length, entity);
        }

        public FullTextPostings Build()
        {
            var terms = new string[_runs.Count];
            foreach (var (term, number) in _numbers) terms[number] = term;
            var order = Enumerable.Range(0, terms.Length).OrderBy(i => terms[i], StringComparer.Ordinal).ToArray();
            var starts = new long[terms.Length + 1];
            for (var i = 0; i < order.Length; i++) starts[i + 1] = starts[i] + _runs[order[i]].Length;
            var bytes = new byte[starts[^1]];
            for (var i = 0; i < order.Length; i++) _runs[order[i]].Bytes.AsSpan(0, _runs[order[i]].Length).CopyTo(bytes.AsSpan((int)starts[i]));
            return new FullTextPostings(fields, [.. order.Select(i => terms[i])], starts, bytes, [.. _entities], [.. _lengths]);
        }

        private static int WriteVarint(byte[] bytes, int at, int value)
        {
            var v = (uint)value;
            while (v >= 0x80)
            {
                bytes[at++] = (byte)(v | 0x80);
                v >>= 7;
            }
            bytes[at++] = (byte)v;
            return at;
        }
    }
}
