using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// Property values in the store's binary format: one tag byte, then the value. Only the types a property may hold
/// (see Storage.PropertyValues) have a tag; anything else is refused before a byte of the record is written.
/// </summary>
internal static class ValueCodec
{
    private enum Tag : byte
    {
        String = 1,
        False = 2,
        True = 3,
        Integer = 4,
        Float = 5,
        List = 6,
        Date = 7,
        LocalTime = 8,
        Time = 9,
        LocalDateTime = 10,
        DateTime = 11,
        Duration = 12,
        Point = 13,
    }

    public static void Write(BinaryWriter writer, object value, string key)
    {
        switch (value)
        {
            case string s: writer.Write((byte)Tag.String); writer.Write(s); break;
            case bool b: writer.Write((byte)(b ? Tag.True : Tag.False)); break;
            case long n: writer.Write((byte)Tag.Integer); writer.Write(n); break;
            case double d: writer.Write((byte)Tag.Float); writer.Write(d); break;
            case object[] list: WriteList(writer, list, key); break;
            case SpatialPoint point: WritePoint(writer, point); break;
            default: WriteTemporal(writer, value, key); break;
        }
    }

    public static object Read(BinaryReader reader) => Read(reader, (Tag)reader.ReadByte());

    /// <summary>
    /// Moves past one value, making no string: a read of one key decodes only that key's value, and the values
    /// stored before it (an id, a source file, a text) would otherwise be garbage made per node of a column build.
    /// </summary>
    public static void Skip(BinaryReader reader)
    {
        var tag = (Tag)reader.ReadByte();
        if (tag != Tag.String)
        {
            Read(reader, tag);
            return;
        }
        var length = reader.Read7BitEncodedInt();
        if (length < 0) throw new InvalidDataException($"a string of negative length {length}");
        reader.BaseStream.Seek(length, SeekOrigin.Current);
    }

    /// <summary>
    /// Appends the UTF-8 bytes of a string value to <paramref name="into"/> and returns their count, making no string
    /// (a packed column's build); -1, having read only the tag, when the value is not a string.
    /// </summary>
    public static int ReadUtf8(BinaryReader reader, System.Buffers.ArrayBufferWriter<byte> into)
    {
        if ((Tag)reader.ReadByte() != Tag.String) return -1;
        var length = reader.Read7BitEncodedInt();
        if (length < 0) throw new InvalidDataException($"a string of negative length {length}");
        // Bounded before anything is allocated for it: a damaged or crafted length must not claim gigabytes.
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        if (length > left) throw new InvalidDataException($"a string of {length} bytes runs past the end of the file ({left} bytes left)");
        reader.BaseStream.ReadExactly(into.GetSpan(length)[..length]);
        into.Advance(length);
        return length;
    }

    private static object Read(BinaryReader reader, Tag tag)
    {
        return tag switch
        {
            Tag.String => reader.ReadString(),
            Tag.False => false,
            Tag.True => true,
            Tag.Integer => reader.ReadInt64(),
            Tag.Float => reader.ReadDouble(),
            Tag.List => ReadList(reader),
            Tag.Date => new CypherDate(reader.ReadInt64()),
            Tag.LocalTime => new CypherLocalTime(reader.ReadInt64()),
            Tag.Time => new CypherTime(reader.ReadInt64(), reader.ReadInt32()),
            Tag.LocalDateTime => new CypherLocalDateTime(reader.ReadInt64(), reader.ReadInt64()),
            Tag.DateTime => ReadDateTime(reader),
            Tag.Duration => new CypherDuration(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt32()),
            Tag.Point => ReadPoint(reader),
            _ => throw new InvalidDataException($"unknown value tag {(byte)tag}"),
        };
    }

    private static void WriteList(BinaryWriter writer, object[] list, string key)
    {
        writer.Write((byte)Tag.List);
        writer.Write(list.Length);
        foreach (var element in list) Write(writer, element, key);
    }

    private static object[] ReadList(BinaryReader reader)
    {
        var list = new object[reader.ReadInt32()];
        for (var i = 0; i < list.Length; i++) list[i] = Read(reader);
        return list;
    }

    private static void WriteTemporal(BinaryWriter writer, object value, string key)
    {
        switch (value)
        {
            case CypherDate d: writer.Write((byte)Tag.Date); writer.Write(d.EpochDay); break;
            case CypherLocalTime t: writer.Write((byte)Tag.LocalTime); writer.Write(t.NanoOfDay); break;
            case CypherTime t: writer.Write((byte)Tag.Time); writer.Write(t.NanoOfDay); writer.Write(t.OffsetSeconds); break;
            case CypherLocalDateTime t: writer.Write((byte)Tag.LocalDateTime); writer.Write(t.EpochDay); writer.Write(t.NanoOfDay); break;
            case CypherDateTime t:
                writer.Write((byte)Tag.DateTime); writer.Write(t.EpochDay); writer.Write(t.NanoOfDay); writer.Write(t.OffsetSeconds);
                writer.Write(t.Zone ?? "");
                break;
            case CypherDuration d:
                writer.Write((byte)Tag.Duration); writer.Write(d.Months); writer.Write(d.Days); writer.Write(d.Seconds); writer.Write(d.Nanos);
                break;
            default:
                throw new StoreException(StoreErrorCode.UnsupportedValue,
                    $"property '{key}' holds a value of type {value.GetType().Name}, which store format {StoreFormat.Version} cannot hold; " +
                    "the commit was refused and nothing was written.");
        }
    }

    /// <summary>A point: its SRID, x, y, and whether a z follows.</summary>
    private static void WritePoint(BinaryWriter writer, SpatialPoint point)
    {
        writer.Write((byte)Tag.Point);
        writer.Write(point.Srid);
        writer.Write(point.X);
        writer.Write(point.Y);
        writer.Write(point.Z.HasValue);
        if (point.Z is { } z) writer.Write(z);
    }

    private static SpatialPoint ReadPoint(BinaryReader reader)
    {
        var (srid, x, y) = (reader.ReadInt32(), reader.ReadDouble(), reader.ReadDouble());
        return reader.ReadBoolean() ? SpatialPoint.Create(srid, x, y, reader.ReadDouble()) : SpatialPoint.Create(srid, x, y);
    }

    private static CypherDateTime ReadDateTime(BinaryReader reader)
    {
        var (day, nano, offset, zone) = (reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt32(), reader.ReadString());
        return new CypherDateTime(day, nano, offset, zone.Length == 0 ? null : zone);
    }
}
