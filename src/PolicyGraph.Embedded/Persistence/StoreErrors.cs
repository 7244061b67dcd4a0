namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// Why a store directory could not be opened or written: another format version, another writer holding the lock,
/// a value the file format cannot hold, a damaged snapshot, or the file system refusing a write. The message names
/// the file concerned.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(StoreErrorCode code, string message, Exception? inner = null)
        : base(message, inner) => Code = code;

    public StoreErrorCode Code { get; }
}

public enum StoreErrorCode
{
    /// <summary>A file written by another format version; never read.</summary>
    FormatVersion,

    /// <summary>Another process (or instance) already writes to the directory.</summary>
    Locked,

    /// <summary>A property value of a type the format does not define; nothing was written.</summary>
    UnsupportedValue,

    /// <summary>A snapshot file whose checksum or structure is wrong.</summary>
    Corrupt,

    /// <summary>A snapshot that could not be read for a reason other than damaged bytes (too large, an I/O failure); never skipped for an older one.</summary>
    Unreadable,

    /// <summary>Writing or syncing a file failed (a full disk, say); the commit did not happen.</summary>
    WriteFailed,

    /// <summary>A write was attempted on a store opened read-only.</summary>
    ReadOnly,
}
