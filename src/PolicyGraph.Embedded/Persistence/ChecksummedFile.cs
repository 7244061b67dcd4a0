using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// The frame of the caches written beside a checkpoint (full-text indexes, node summaries): a magic, the cache's own
/// format version, a body, and the XxHash3 of everything before it. Written to a temporary file, synced and renamed,
/// so the file is whole or absent; read mapped, and refused (<see cref="InvalidDataException"/> with the reason)
/// when it is of another kind or version, or its hash does not match.
/// </summary>
internal static class ChecksummedFile
{
    /// <param name="wrap">Wraps the file stream written through (the store's fault-injection filter).</param>
    public static void Write(string path, byte[] magic, int version, Action<BinaryWriter> writeBody, Func<Stream, Stream> wrap)
    {
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var bytes = new MemoryStream();
            using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(magic);
                writer.Write(version);
                writeBody(writer);
            }
            var body = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
            var target = wrap(file);
            target.Write(body);
            target.Write(BitConverter.GetBytes(XxHash3.HashToUInt64(body)));
            target.Flush();
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Checks the frame of a mapped file (<paramref name="kind"/> names it in the reasons) and returns a reader
    /// positioned at its body.
    /// </summary>
    public static BinaryReader OpenBody(MappedFile file, byte[] magic, int version, string kind)
    {
        if (file.Length < magic.Length + sizeof(int) + sizeof(ulong)) throw new InvalidDataException("shorter than a header");
        if (!file.Slice(0, magic.Length).SequenceEqual(magic)) throw new InvalidDataException($"not a PolicyGraph {kind} file");
        var found = BinaryPrimitives.ReadInt32LittleEndian(file.Slice(magic.Length, sizeof(int)));
        if (found != version) throw new InvalidDataException($"written in {kind} format version {found}; this build reads version {version} only");
        var hashed = file.Length - sizeof(ulong);
        if (HashMapped(file, hashed) != BinaryPrimitives.ReadUInt64LittleEndian(file.Slice(hashed, sizeof(ulong))))
            throw new InvalidDataException("checksum mismatch");
        var reader = new BinaryReader(file.OpenStream(), Encoding.UTF8);
        reader.BaseStream.Position = magic.Length + sizeof(int);
        return reader;
    }

    /// <summary>
    /// The XxHash3 of the first <paramref name="length"/> bytes, read through the mapping (unlike a snapshot's check,
    /// <see cref="SnapshotFile.Checksum"/>): the caller reads the whole body through the mapping next and then unmaps
    /// it, so reading through the file first would only copy every byte once more.
    /// </summary>
    private static ulong HashMapped(MappedFile file, long length)
    {
        const int sliceBytes = 1 << 30; // a span holds at most 2 GB
        var hash = new XxHash3();
        for (long start = 0; start < length; start += sliceBytes) hash.Append(file.Slice(start, (int)Math.Min(sliceBytes, length - start)));
        return hash.GetCurrentHashAsUInt64();
    }
}
