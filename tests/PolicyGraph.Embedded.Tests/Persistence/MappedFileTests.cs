using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>A disposed mapping refuses reads with an exception instead of reading unmapped memory (a crash).</summary>
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
}
