using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>
/// Skipping a stored value (what a read of one key does with the values stored before it) lands exactly where
/// reading it would: the value after it reads back as written, whatever kind the skipped one is. Reading a string's
/// bytes (a packed column's build) gives what was written, and a length past the end of the file is refused before
/// anything is allocated for it.
/// </summary>
public sealed class ValueSkipTests
{
    private static readonly object[] Skipped =
    [
        "", "ascii-id:0001", "跨境资金池业务监管模式。依托福州片区，深化两岸职业资格互认，形成可复制可推广的经验。",
        new string('长', 300), true, false, 42L, -7.25, new object[] { "a", "二" }, new object[] { 1L, 2L },
        new CypherDate(19000), SpatialPoint.Create(SpatialPoint.Wgs84Srid, 119.3, 26.08),
    ];

    [Theory]
    [InlineData(0)] [InlineData(1)] [InlineData(2)] [InlineData(3)] [InlineData(4)] [InlineData(5)]
    [InlineData(6)] [InlineData(7)] [InlineData(8)] [InlineData(9)] [InlineData(10)] [InlineData(11)]
    public void Skipping_a_value_leaves_the_reader_at_the_next_one(int which)
    {
        var skipped = Skipped[which];
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ValueCodec.Write(writer, skipped, "skipped");
            ValueCodec.Write(writer, "next 值", "next");
        }
        stream.Position = 0;
        var reader = new BinaryReader(stream, System.Text.Encoding.UTF8);

        ValueCodec.Skip(reader);

        Assert.Equal("next 值", ValueCodec.Read(reader));
        Assert.Equal(stream.Length, stream.Position);
    }

    [Fact]
    public void A_strings_bytes_read_back_as_written_and_a_value_that_is_not_a_string_reads_none()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            foreach (var value in new object[] { "ascii", "跨境资金池", 42L, "" }) ValueCodec.Write(writer, value, "key");
        stream.Position = 0;
        var reader = new BinaryReader(stream, System.Text.Encoding.UTF8);
        var bytes = new System.Buffers.ArrayBufferWriter<byte>();

        Assert.Equal(5, ValueCodec.ReadUtf8(reader, bytes));
        Assert.Equal(15, ValueCodec.ReadUtf8(reader, bytes));
        Assert.Equal(-1, ValueCodec.ReadUtf8(reader, bytes));
        Assert.Equal("ascii跨境资金池", System.Text.Encoding.UTF8.GetString(bytes.WrittenSpan));
    }

    [Fact]
    public void A_string_length_past_the_end_of_the_file_is_refused_before_its_bytes_are_allocated()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ValueCodec.Write(writer, "x", "key");
            // The same value with its length claiming 2^31 - 1 bytes, followed by three.
            stream.Position = 1;
            writer.Write7BitEncodedInt(int.MaxValue);
            writer.Write("abc"u8);
        }
        stream.Position = 0;
        var bytes = new System.Buffers.ArrayBufferWriter<byte>();

        var refused = Assert.Throws<InvalidDataException>(() => ValueCodec.ReadUtf8(new BinaryReader(stream), bytes));

        Assert.Contains($"{int.MaxValue} bytes", refused.Message);
        Assert.True(bytes.Capacity < 1 << 20, $"{bytes.Capacity} bytes were allocated for it");
    }
}
