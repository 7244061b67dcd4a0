using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>
/// A disposed mapping refuses reads with an exception instead of reading unmapped memory (a crash); a read through the
/// file that cannot be filled names the file; dropping its resident pages unmaps them from this process and reads
/// still give the file's bytes.
/// </summary>
public sealed class MappedFileTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Reads_after_dispose_throw_object_disposed()
    {
        var path = Path.Combine(_directory.Path, "mapped.bin");
        File.WriteAllBytes(path, [1, 2, 3, 4]);
        var file = MappedFile.Open(path)!;
        Assert.Equal(3, file.Slice(2, 1)[0]);

        file.Dispose();

        Assert.Throws<ObjectDisposedException>(() => { _ = file.Slice(0, 1).Length; });
        Assert.Throws<ObjectDisposedException>(() => file.OpenStream());
        file.Dispose();
    }

    [Fact]
    public void A_read_through_the_file_past_its_end_or_after_it_was_truncated_names_the_file()
    {
        var path = Path.Combine(_directory.Path, "mapped.bin");
        File.WriteAllBytes(path, new byte[8192]);
        using var file = MappedFile.Open(path)!;

        var pastEnd = Assert.Throws<InvalidDataException>(() => file.ReadExactly(new byte[16], 8190));
        Assert.StartsWith(path + ":", pastEnd.Message);

        using (var truncate = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite)) truncate.SetLength(100);
        var truncated = Assert.Throws<InvalidDataException>(() => file.ReadExactly(new byte[4096], 4096));
        Assert.StartsWith(path + ":", truncated.Message);
        Assert.Contains("truncated", truncated.Message);
    }

    [LinuxFact]
    public void Dropped_pages_are_no_longer_resident_in_this_process_and_reads_map_them_again()
    {
        var path = Path.Combine(_directory.Path, "mapped.bin");
        var bytes = new byte[64 * 4096];
        new Random(3).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        using var file = MappedFile.Open(path)!;
        for (var page = 0; page < 64; page++) Assert.Equal(bytes[page * 4096 + 7], file.Slice(page * 4096 + 7, 1)[0]);
        Assert.True(ResidentPages.KilobytesOf(path) >= 64 * 4, "every page read is resident");

        Assert.True(file.DropResidentPages());

        Assert.Equal(0, ResidentPages.KilobytesOf(path));
        Assert.True(file.Slice(0, bytes.Length).SequenceEqual(bytes));
        Assert.True(ResidentPages.KilobytesOf(path) >= 64 * 4);
    }
}
