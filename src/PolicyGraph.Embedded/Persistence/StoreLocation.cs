namespace PolicyGraph.Embedded.Persistence;

/// <summary>Where a store lives when the host names no directory.</summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "POLICYGRAPH_DATA";

    /// <summary>
    /// <c>$POLICYGRAPH_DATA</c> if set, else <c>$XDG_DATA_HOME/policygraph</c>, else the platform's per-user data folder
    /// (<c>~/.local/share/policygraph</c> on Linux, <c>%LOCALAPPDATA%\policygraph</c> on Windows).
    /// </summary>
    public static string Default()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured) return configured;
        if (Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg) return Path.Combine(xdg, "policygraph");
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "policygraph");
    }
}
