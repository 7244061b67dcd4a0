using System.IO.Enumeration;

namespace PolicyGraph.Ingest;

/// <summary>
/// Chooses which entries of a document folder are read, in ordinal name order, and names every other entry with the
/// reason it is not: a sub-folder (even one named x.txt), a file of another type, a link that resolves outside the
/// folder (refused, so nothing outside the folder is ever read or served).
/// </summary>
public static class DocumentFolder
{
    public static (IReadOnlyList<string> Files, IReadOnlyList<IngestDiagnostic> Skipped) Select(string directory, IReadOnlyList<string> patterns)
    {
        var root = RealPath(directory);
        var files = new List<string>();
        var skipped = new List<IngestDiagnostic>();
        var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (Refusal(entry, root, patterns) is { } refusal) skipped.Add(refusal);
            else files.Add(entry.FullName);
        }
        return (files, skipped);
    }

    /// <summary>Whether <paramref name="path"/> (after following links) lies inside <paramref name="directory"/>.</summary>
    public static bool IsInside(string path, string directory)
    {
        var root = RealPath(directory);
        try
        {
            return Contains(root, RealPath(path));
        }
        catch (IOException)
        {
            // A link cycle: nothing it points at can be trusted to be inside.
            return false;
        }
    }

    private static IngestDiagnostic? Refusal(FileSystemInfo entry, string root, IReadOnlyList<string> patterns)
    {
        var name = entry.Name;
        if (entry is DirectoryInfo)
            return Skip(name, DiagnosticSeverity.Warning, "a folder, not a document file (sub-folders are not read).");
        if (!patterns.Any(p => FileSystemName.MatchesSimpleExpression(p, name, ignoreCase: true)))
        {
            var severity = name.StartsWith('.') ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
            return Skip(name, severity, $"not a document type that is read ({string.Join(", ", patterns)}).");
        }
        if (entry.LinkTarget is null) return null;
        var target = ResolvedOrNull(entry);
        if (target is null || !target.Exists)
            return new IngestDiagnostic(DiagnosticSeverity.Error, name, null, DiagnosticCodes.OutsideFolder, "a link whose target does not exist or loops; refused.");
        if (target is DirectoryInfo)
            return Skip(name, DiagnosticSeverity.Warning, "a link to a folder, not a document file.");
        return Contains(root, RealPath(target.FullName)) ? null
            : new IngestDiagnostic(DiagnosticSeverity.Error, name, null, DiagnosticCodes.OutsideFolder,
                "a link to a file outside the document folder; refused (only files inside the folder are read).");
    }

    private static FileSystemInfo? ResolvedOrNull(FileSystemInfo entry)
    {
        try
        {
            return entry.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            // Too many levels of links (a cycle): reported as a broken link by the caller.
            return null;
        }
    }

    private static IngestDiagnostic Skip(string name, DiagnosticSeverity severity, string reason) =>
        new(severity, name, null, DiagnosticCodes.Skipped, $"skipped: {reason}");

    private static bool Contains(string root, string path) =>
        path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The full path with every link on the way resolved (a folder given through a link is its target).</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        if (parent is null) return full;
        var here = Path.Combine(RealPath(parent), Path.GetFileName(full));
        FileSystemInfo info = Directory.Exists(here) ? new DirectoryInfo(here) : new FileInfo(here);
        if (info.LinkTarget is null) return here;
        return info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? RealPath(target.FullName) : here;
    }
}
