using System.Buffers.Binary;
using System.IO.Hashing;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// Appends commit records to one log file and syncs each before the commit is published. A record is encoded in
/// memory first, so a value the format cannot hold fails before any byte reaches the file; a write that fails
/// half way is cut off again, and if even that fails the log refuses further writes until the store is reopened.
/// </summary>
internal sealed class LogWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly FileStream _file;
    private bool _broken;

    private LogWriter(string path, long generation, FileStream file, Stream stream)
    {
        Path = path;
        Generation = generation;
        _file = file;
        _stream = stream;
    }

    public string Path { get; }

    public long Generation { get; }

    public long Length => _file.Length;

    /// <summary>Opens (or creates) the log, cutting it back to <paramref name="goodLength"/> (a damaged tail is dropped here).</summary>
    public static LogWriter Open(string path, long generation, long goodLength, Func<Stream, Stream> wrap)
    {
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);
        try
        {
            if (goodLength < StoreFormat.HeaderLength) WriteHeader(file, generation);
            else if (file.Length != goodLength) file.SetLength(goodLength);
            file.Flush(flushToDisk: true);
            file.Position = file.Length;
            return new LogWriter(path, generation, file, wrap(file));
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Append(CommitRecord commit)
    {
        if (_broken)
            throw new StoreException(StoreErrorCode.WriteFailed, $"{Path}: an earlier write failed and could not be undone; reopen the store.");
        var payload = Encode(commit);
        var frame = new byte[LogReader.FrameHeaderLength];
        BinaryPrimitives.WriteInt32LittleEndian(frame, payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(4), Crc32.HashToUInt32(payload));
        var before = _file.Length;
        try
        {
            _stream.Write(frame);
            _stream.Write(payload);
            _stream.Flush();
            _file.Flush(flushToDisk: true);
        }
        catch (IOException ex)
        {
            Undo(before);
            throw new StoreException(StoreErrorCode.WriteFailed,
                $"{Path}: writing the commit failed ({ex.Message}); the commit was not applied and the store is as it was.", ex);
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        _file.Dispose();
    }

    private static byte[] Encode(CommitRecord commit)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) RecordCodec.WriteCommit(writer, commit);
        return buffer.ToArray();
    }

    private void Undo(long length)
    {
        try
        {
            _file.SetLength(length);
            _file.Position = length;
            _file.Flush(flushToDisk: true);
        }
        catch (IOException)
        {
            // The half-written record stays; reading stops at it (checksum), but appending after it would hide what follows.
            _broken = true;
        }
    }

    private static void WriteHeader(FileStream file, long generation)
    {
        file.SetLength(0);
        using var writer = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true);
        StoreFormat.WriteHeader(writer, StoreFormat.LogMagic, generation);
    }
}
