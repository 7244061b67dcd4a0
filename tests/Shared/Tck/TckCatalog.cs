namespace PolicyGraph.Testing.Tck;

/// <summary>Every concrete scenario of a TCK folder, keyed by display name.</summary>
public sealed class TckCatalog
{
    public const string DirectoryVariable = "OPENCYPHER_TCK_DIR";

    private static readonly Lazy<TckCatalog?> DefaultCatalog = new(() =>
        LocateTckDirectory() is { } dir ? Load(dir) : null);

    private readonly Dictionary<string, TckScenario> _byName;

    private TckCatalog(string directory, IReadOnlyList<TckScenario> scenarios)
    {
        Directory = directory;
        Scenarios = scenarios;
        _byName = new Dictionary<string, TckScenario>(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            if (!_byName.TryAdd(scenario.DisplayName, scenario))
                throw new InvalidOperationException($"Two TCK scenarios share the name '{scenario.DisplayName}'.");
        }
    }

    public string Directory { get; }

    public IReadOnlyList<TckScenario> Scenarios { get; }

    /// <summary>The catalog of the default TCK folder, or null when there is none.</summary>
    public static TckCatalog? Default => DefaultCatalog.Value;

    public TckScenario Find(string displayName) =>
        _byName.TryGetValue(displayName, out var scenario)
            ? scenario
            : throw new KeyNotFoundException($"No TCK scenario is named '{displayName}'.");

    public static TckCatalog Load(string tckDirectory)
    {
        var features = Path.Combine(tckDirectory, "features");
        var scenarios = System.IO.Directory
            .EnumerateFiles(features, "*.feature", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(features, path).Replace('\\', '/'))
            .OrderBy(relative => relative, StringComparer.Ordinal)
            .Select(relative => FeatureReader.Parse(relative, File.ReadAllText(Path.Combine(features, relative))))
            .SelectMany(ScenarioExpander.Expand)
            .ToArray();
        return new TckCatalog(tckDirectory, scenarios);
    }

    /// <summary>Why TCK tests are skipped when <see cref="LocateTckDirectory"/> finds nothing.</summary>
    public const string MissingReason =
        "The openCypher TCK was not found: set " + DirectoryVariable + " to the folder holding features/, or put it in shared/tck beside the repository root.";

    /// <summary>
    /// $OPENCYPHER_TCK_DIR, else <c>../shared/tck</c> from the repository root (<see cref="RepositoryRoot"/>, stamped
    /// into the test assembly at build time); null when neither holds a features/ folder.
    /// </summary>
    public static string? LocateTckDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return System.IO.Directory.Exists(Path.Combine(fromEnvironment, "features")) ? fromEnvironment : null;
        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "tck"));
        return System.IO.Directory.Exists(Path.Combine(candidate, "features")) ? candidate : null;
    }
}
