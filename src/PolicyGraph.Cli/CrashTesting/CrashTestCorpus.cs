using System.Text;

namespace PolicyGraph.Cli.CrashTesting;

/// <summary>
/// The documents a crash test loads: variants of every plain-text document of a folder (a line appended, so each
/// variant has its own content hash and document), in two overlapping sets the test alternates between so that
/// every load adds, replaces and removes documents.
/// </summary>
internal static class CrashTestCorpus
{
    private static readonly string[] TextExtensions = [".txt", ".md"];

    /// <summary>Writes set A (every variant) and set B (every other variant, some changed) under <paramref name="root"/>.</summary>
    public static (string SetA, string SetB) Write(string sourceFolder, string root, int variants)
    {
        var sources = Directory.GetFiles(sourceFolder)
            .Where(f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        if (sources.Count == 0) throw new CliUsageException($"the folder '{sourceFolder}' holds no .txt or .md documents to make crash-test variants of.");
        var (setA, setB) = (Path.Combine(root, "set-a"), Path.Combine(root, "set-b"));
        Directory.CreateDirectory(setA);
        Directory.CreateDirectory(setB);
        var index = 0;
        foreach (var source in sources)
        {
            var text = File.ReadAllText(source);
            for (var variant = 1; variant <= variants; variant++, index++)
            {
                var name = $"{Path.GetFileNameWithoutExtension(source)}-v{variant}{Path.GetExtension(source)}";
                File.WriteAllText(Path.Combine(setA, name), $"{text}\n（副本 {variant}）\n", Encoding.UTF8);
                if (index % 2 == 0) continue;
                var changed = index % 4 == 1 ? $"{text}\n（副本 {variant}，修订）\n" : $"{text}\n（副本 {variant}）\n";
                File.WriteAllText(Path.Combine(setB, name), changed, Encoding.UTF8);
            }
        }
        return (setA, setB);
    }
}
