using System.Text;
using PolicyGraph.Web.Queries;

namespace PolicyGraph.Web.Views;

/// <summary>Why a save was refused: the view limit is reached, or the name is a ready-made view's.</summary>
public enum SaveRefusal
{
    None,
    TooMany,
    NameTaken,
}

/// <summary>
/// The user-saved views of this instance: one named query file (<c>name.cypher</c>, the header format of
/// cypher/queries) per view in one folder, so a saved view is exported as the file itself. Files are replaced
/// atomically (written beside, then renamed); names are already sanitised (<see cref="SavedViewNames"/>).
/// </summary>
public sealed class SavedViewStore(string directory, SavedViewOptions options, NamedQueryCatalog catalog, ILogger<SavedViewStore> logger)
{
    private const string Extension = ".cypher";
    private readonly Lock _writing = new();

    public string Directory { get; } = directory;

    /// <summary>Every readable saved view, by name; a file that does not parse or cannot be read is logged and left out.</summary>
    public IReadOnlyList<NamedQuery> List()
    {
        if (!System.IO.Directory.Exists(Directory))
            return [];
        return System.IO.Directory.EnumerateFiles(Directory, "*" + Extension)
            .Select(Read).OfType<NamedQuery>().OrderBy(view => view.Name, StringComparer.Ordinal).ToArray();
    }

    public NamedQuery? Find(string name) =>
        SavedViewNames.IsSanitised(name) && File.Exists(PathOf(name)) ? Read(PathOf(name)) : null;

    /// <summary>The view's file text, exactly as stored (what an export downloads).</summary>
    public string? FileText(string name) =>
        SavedViewNames.IsSanitised(name) && File.Exists(PathOf(name)) ? File.ReadAllText(PathOf(name), Encoding.UTF8) : null;

    /// <summary>Writes the view (new or replacing one of the same name) unless a limit refuses it.</summary>
    public SaveRefusal Save(NamedQuery view)
    {
        if (catalog.Find(view.Name) is not null)
            return SaveRefusal.NameTaken;
        lock (_writing)
        {
            var path = PathOf(view.Name);
            if (!File.Exists(path) && Count() >= options.MaxCount)
                return SaveRefusal.TooMany;
            System.IO.Directory.CreateDirectory(Directory);
            var temporary = Path.Combine(Directory, $".{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(Encoding.UTF8.GetBytes(QueryFileWriter.Write(view)));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
            return SaveRefusal.None;
        }
    }

    public bool Delete(string name)
    {
        lock (_writing)
        {
            if (!SavedViewNames.IsSanitised(name) || !File.Exists(PathOf(name)))
                return false;
            File.Delete(PathOf(name));
            return true;
        }
    }

    private int Count() =>
        System.IO.Directory.Exists(Directory) ? System.IO.Directory.EnumerateFiles(Directory, "*" + Extension).Count() : 0;

    private string PathOf(string name) => Path.Combine(Directory, name + Extension);

    private NamedQuery? Read(string path)
    {
        try
        {
            return QueryFileParser.Parse(Path.GetFileNameWithoutExtension(path), path, File.ReadAllText(path, Encoding.UTF8));
        }
        catch (QueryFileException error)
        {
            Log.SavedViewUnreadable(logger, error.Message);
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // One file the folder lists but cannot be read (removed meanwhile, a broken link) must not hide the others.
            Log.SavedViewUnreadable(logger, $"{Path.GetFileName(path)}: {error.Message}");
            return null;
        }
    }
}
