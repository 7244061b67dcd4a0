using System.Globalization;
using System.Text;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// File names and headers of a store directory. Generation g's snapshot holds every commit logged before
/// generation g's log; opening loads the newest snapshot and replays the logs of its generation and later.
/// </summary>
internal static class StoreFormat
{
    /// <summary>Bumped whenever the bytes mean something else; files of another version are refused, never misread.</summary>
    public const int Version = 3;

    public const string LockFile = "writer.lock";

    public static readonly byte[] LogMagic = "PGRAPHWL"u8.ToArray();
    public static readonly byte[] SnapshotMagic = "PGRAPHSN"u8.ToArray();

    /// <summary>Magic (8 bytes) + format version (4) + generation (8).</summary>
    public const int HeaderLength = 20;

    public static string LogPath(string directory, long generation) =>
        Path.Combine(directory, "wal-" + generation.ToString("D8", CultureInfo.InvariantCulture) + ".log");

    public static string SnapshotPath(string directory, long generation) =>
        Path.Combine(directory, "snapshot-" + generation.ToString("D8", CultureInfo.InvariantCulture) + ".pgs");

    /// <summary>Generations of the files named like <paramref name="prefix"/>NNNNNNNN<paramref name="extension"/>, ascending.</summary>
    public static List<long> Generations(string directory, string prefix, string extension)
    {
        var found = new List<long>();
        foreach (var path in Directory.EnumerateFiles(directory, prefix + "*" + extension))
        {
            var name = Path.GetFileName(path);
            var digits = name[prefix.Length..^extension.Length];
            if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var generation)) found.Add(generation);
        }
        found.Sort();
        return found;
    }

    public static List<long> LogGenerations(string directory) => Generations(directory, "wal-", ".log");

    public static List<long> SnapshotGenerations(string directory) => Generations(directory, "snapshot-", ".pgs");

    public static void WriteHeader(BinaryWriter writer, byte[] magic, long generation)
    {
        writer.Write(magic);
        writer.Write(Version);
        writer.Write(generation);
    }

    /// <summary>Reads and checks a header; another version is refused with both versions and the file named.</summary>
    public static long ReadHeader(BinaryReader reader, byte[] magic, string path)
    {
        var found = reader.ReadBytes(magic.Length);
        if (!found.AsSpan().SequenceEqual(magic))
            throw new StoreException(StoreErrorCode.Corrupt,
                $"{path}: not a PolicyGraph store file (expected '{Encoding.ASCII.GetString(magic)}' at the start).");
        var version = reader.ReadInt32();
        if (version != Version)
            throw new StoreException(StoreErrorCode.FormatVersion,
                $"{path}: written in store format version {version}; this build reads version {Version} only. " +
                "Open it with the matching PolicyGraph release, or load the documents again into a new directory.");
        return reader.ReadInt64();
    }
}
