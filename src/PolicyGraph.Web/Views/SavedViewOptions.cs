namespace PolicyGraph.Web.Views;

/// <summary>Settings of the user-saved views, bound from "PolicyGraph:Web:SavedViews".</summary>
public sealed record SavedViewOptions
{
    public const string SectionName = "PolicyGraph:Web:SavedViews";

    /// <summary>
    /// Folder of the saved views (one <c>name.cypher</c> file each). Default: beside the store's data directory
    /// (<c>DIR.views</c> for <c>Graph:DataDirectory=DIR</c>), or <c>PolicyGraph/views</c> in the user's app-data folder.
    /// </summary>
    public string? Directory { get; init; }

    /// <summary>Saved views an instance keeps; saving one more is refused until one is deleted.</summary>
    public int MaxCount { get; init; } = 200;

    public int MaxNameLength { get; init; } = 64;

    /// <summary>Longest title or question, in characters.</summary>
    public int MaxTitleLength { get; init; } = 200;

    public int MaxParameters { get; init; } = 20;

    /// <summary>The folder that <see cref="Directory"/> names, or the default beside the store or in app data.</summary>
    public string ResolveDirectory(string? dataDirectory, string contentRoot)
    {
        if (Directory is { Length: > 0 } configured)
            return Path.GetFullPath(Path.Combine(contentRoot, configured));
        if (dataDirectory is not null)
            return Path.GetFullPath(Path.Combine(contentRoot, dataDirectory)).TrimEnd(Path.DirectorySeparatorChar) + ".views";
        var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(appData.Length > 0 ? appData : Path.GetTempPath(), "PolicyGraph", "views");
    }
}
