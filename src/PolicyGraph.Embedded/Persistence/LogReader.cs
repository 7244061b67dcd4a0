using System.Buffers.Binary;
using System.IO.Hashing;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>What reading a log found: its complete records, where the last good one ends, and why reading stopped early.</summary>
internal sealed record LogContents(IReadOnlyList<CommitRecord> Records, long GoodLength, long FileLength, string? DamageReason)
{
    public bool HasDamagedTail => GoodLength < FileLength;
}

/// <summary>
/// Reads a write-ahead log: each record is its length (4 bytes), the CRC-32 of its payload (4) and the payload.
/// A record cut short or failing its checksum ends the log there: it and anything after it never committed
/// (a commit returns only after its record is synced, so a torn record is the crash that interrupted it).
/// </summary>
internal static class LogReader
{
    public const int FrameHeaderLength = 8;

    /// <summary>Records from <paramref name="offset"/> on (a header-length offset reads the whole log).</summary>
    public static LogContents Read(string path, long offset = StoreFormat.HeaderLength)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        if (length < StoreFormat.HeaderLength) return new LogContents([], length, length, length == 0 ? null : "header cut short");
        using (var header = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            StoreFormat.ReadHeader(header, StoreFormat.LogMagic, path);
        stream.Position = offset;
        var records = new List<CommitRecord>();
        var frame = new byte[FrameHeaderLength];
        while (stream.Position < length)
        {
            var start = stream.Position;
            var damage = ReadRecord(stream, frame, length, out var record);
            if (damage is not null) return new LogContents(records, start, length, damage);
            records.Add(record!);
        }
        return new LogContents(records, length, length, null);
    }

    private static string? ReadRecord(FileStream stream, byte[] frame, long fileLength, out CommitRecord? record)
    {
        record = null;
        if (stream.ReadAtLeast(frame, FrameHeaderLength, throwOnEndOfStream: false) < FrameHeaderLength) return "record header cut short";
        var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(frame);
        var checksum = BinaryPrimitives.ReadUInt32LittleEndian(frame.AsSpan(4));
        if (payloadLength <= 0 || payloadLength > fileLength - stream.Position) return "record cut short";
        var payload = new byte[payloadLength];
        stream.ReadExactly(payload);
        if (Crc32.HashToUInt32(payload) != checksum) return "record checksum mismatch";
        try
        {
            using var reader = new BinaryReader(new MemoryStream(payload, writable: false));
            record = RecordCodec.ReadCommit(reader);
            return reader.BaseStream.Position == payloadLength ? null : "record longer than its contents";
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or FormatException or ArgumentException)
        {
            return "record unreadable: " + ex.Message;
        }
    }
}
