namespace PolicyGraph.Ingest.Evaluation;

/// <summary>
/// A list of document file names to evaluate alone (<c>eval --only LIST</c>), e.g. a blind set: one name per line,
/// blank lines and lines starting with # ignored. Each name must be a document of the folder being evaluated and have
/// a gold file, since a listed document that is not scored would make the set's figures silently cover less.
/// </summary>
public static class DocumentList
{
    /// <summary>The names of <paramref name="path"/>, in file order; a bad list gives <see cref="GoldFormatException"/> with file:line.</summary>
    public static IReadOnlyList<string> Read(string path, string documentsDirectory, string goldDirectory)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException($"{path}: cannot read the document list: {ex.Message}");
        }
        var names = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var name = lines[i].Trim();
            if (name.Length == 0 || name.StartsWith('#')) continue;
            if (name != Path.GetFileName(name))
                throw new GoldFormatException($"{path}:{i + 1}: '{name}' is not a file name (a name of the documents folder, without a folder)");
            if (!File.Exists(Path.Combine(documentsDirectory, name)))
                throw new GoldFormatException($"{path}:{i + 1}: no document '{name}' in '{documentsDirectory}'");
            if (!File.Exists(Path.Combine(goldDirectory, name + GoldReader.Suffix)))
                throw new GoldFormatException($"{path}:{i + 1}: no gold '{name}{GoldReader.Suffix}' in '{goldDirectory}'");
            if (names.Contains(name, StringComparer.Ordinal))
                throw new GoldFormatException($"{path}:{i + 1}: '{name}' is listed twice");
            names.Add(name);
        }
        if (names.Count == 0) throw new GoldFormatException($"{path}: the document list names no document");
        return names;
    }
}
