namespace PolicyGraph.Ingest.Resolution;

public sealed partial class Gazetteer
{
    private static readonly string[] Levels =
        [AdminLevel.National, AdminLevel.Provincial, AdminLevel.Municipal, AdminLevel.District];

    /// <summary>Loads the reference files from <paramref name="referenceDirectory"/> (branches.tsv may be absent).</summary>
    /// <exception cref="GazetteerFormatException">A file is malformed (message names file and line).</exception>
    public static Gazetteer Load(string referenceDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(referenceDirectory);
        return Load(file =>
        {
            var path = Path.Combine(referenceDirectory, file);
            return (path, OptionalFiles.Contains(file) && !File.Exists(path) ? null : File.ReadLines(path));
        });
    }

    /// <summary>
    /// Files a reference directory may leave out: without them no office forms or level words are known. A
    /// directory without agency-endings.tsv gets the copy embedded in the assembly: unknown names could not be split without it.
    /// </summary>
    private static readonly string[] OptionalFiles = [BranchesFile, LevelWordsFile, ReorganisationsFile, AgencyEndingsFile];

    /// <summary>Environment variable naming the reference directory, for deployments outside the repository.</summary>
    public const string DirectoryVariable = "POLICYGRAPH_REFERENCE_DIR";

    /// <summary>
    /// Loads from $POLICYGRAPH_REFERENCE_DIR if set, else seeds/reference in the first ancestor of the working
    /// directory or of the application's base directory that has one, else the copy embedded in the assembly.
    /// </summary>
    public static Gazetteer LoadDefault()
    {
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } configured)
            return Load(configured);
        var directory = FindReferenceDirectory(Directory.GetCurrentDirectory())
            ?? FindReferenceDirectory(AppContext.BaseDirectory);
        if (directory is not null)
            return Load(directory);
        return LoadEmbedded() ?? throw new DirectoryNotFoundException(
            "No seeds/reference directory with " + AgenciesFile + " found above the working directory or "
            + AppContext.BaseDirectory + ", and no embedded copy; pass the directory to Gazetteer.Load.");
    }

    /// <summary>Resource name prefix of an embedded copy of seeds/reference (see README).</summary>
    public const string EmbeddedResourcePrefix = "PolicyGraph.Ingest.Reference.";

    /// <summary>The copy of seeds/reference embedded in this assembly, or null when the build did not embed one.</summary>
    public static Gazetteer? LoadEmbedded()
    {
        var assembly = typeof(Gazetteer).Assembly;
        var names = assembly.GetManifestResourceNames();
        if (!new[] { AgenciesFile, DepartmentsFile, ZonesFile }.All(f => names.Contains(EmbeddedResourcePrefix + f)))
            return null;
        return Load(file => ("embedded:" + file, ReadEmbedded(file)));
    }

    /// <summary>The lines of a reference file embedded in this assembly, or null when it is not embedded.</summary>
    internal static List<string>? ReadEmbedded(string file)
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(EmbeddedResourcePrefix + file);
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            lines.Add(line);
        return lines;
    }

    /// <param name="open">The file's name for errors and its lines, or null lines for an absent optional file.</param>
    private static Gazetteer Load(Func<string, (string Name, IEnumerable<string>? Lines)> open)
    {
        var agencies = open(AgenciesFile);
        var departments = open(DepartmentsFile);
        var zones = open(ZonesFile);
        var branches = open(BranchesFile);
        var levelWords = open(LevelWordsFile);
        var reorganisations = open(ReorganisationsFile);
        var endings = open(AgencyEndingsFile);
        if (endings.Lines is null) endings = ("embedded:" + AgencyEndingsFile, ReadEmbedded(AgencyEndingsFile));
        var agencyEntries = ReadAgencies(agencies.Name, agencies.Lines!);
        var formerNames = reorganisations.Lines is null ? [] : ReadReorganisations(reorganisations.Name, reorganisations.Lines, agencyEntries);
        return new Gazetteer(
            WithFormerNames(agencyEntries, formerNames),
            formerNames,
            ReadDepartments(departments.Name, departments.Lines!),
            ReadZones(zones.Name, zones.Lines!),
            branches.Lines is null ? [] : ReadBranches(branches.Name, branches.Lines),
            levelWords.Lines is null ? [] : ReadLevelWords(levelWords.Name, levelWords.Lines),
            endings.Lines is null ? [] : ReadAgencyEndings(endings.Name, endings.Lines));
    }

    private static string? FindReferenceDirectory(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", "reference");
            if (File.Exists(Path.Combine(candidate, AgenciesFile)))
                return candidate;
        }
        return null;
    }

    private static List<AgencyEntry> ReadAgencies(string path, IEnumerable<string> lines) =>
        Unique(TsvTable.ReadRows(path, lines, ["name", "aliases", "level", "kind", "english", "jurisdiction"])
            .Select(row => (row, new AgencyEntry(
                row.Required("name"),
                row.List("aliases"),
                row.OneOf("level", Levels),
                row.Required("kind"),
                row.Optional("english"),
                row.Optional("jurisdiction")))),
            agency => agency.Aliases.Prepend(agency.Name));

    private static List<DepartmentEntry> ReadDepartments(string path, IEnumerable<string> lines) =>
        Unique(TsvTable.ReadRows(path, lines, ["base", "aliases", "kind", "english"])
            .Select(row => (row, new DepartmentEntry(
                row.Required("base"),
                row.List("aliases"),
                row.Required("kind"),
                row.Optional("english")))),
            department => department.Aliases.Prepend(department.BaseName));

    /// <summary>Rows of reorganisations.tsv; the current body must be an agencies.tsv name, the former one must not.</summary>
    private static List<Reorganisation> ReadReorganisations(string path, IEnumerable<string> lines, List<AgencyEntry> agencies)
    {
        var names = agencies.SelectMany(a => a.Aliases.Prepend(a.Name)).ToHashSet(StringComparer.Ordinal);
        var current = agencies.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        return Unique(TsvTable.ReadRows(path, lines, ["former", "current", "since"])
            .Select(row =>
            {
                var change = new Reorganisation(row.Required("former"), row.Required("current"), row.Required("since"));
                if (!current.Contains(change.Current))
                    throw new GazetteerFormatException(row.FilePath, row.Line, $"current body '{change.Current}' is not a name in {AgenciesFile}.");
                if (names.Contains(change.Former))
                    throw new GazetteerFormatException(row.FilePath, row.Line, $"former name '{change.Former}' is already a name in {AgenciesFile}.");
                return (row, change);
            }),
            change => [change.Former]);
    }

    /// <summary>A former name resolves as an alias of the current body.</summary>
    private static List<AgencyEntry> WithFormerNames(List<AgencyEntry> agencies, List<Reorganisation> formerNames)
    {
        var byCurrent = formerNames.ToLookup(r => r.Current, r => r.Former, StringComparer.Ordinal);
        return agencies
            .Select(a => byCurrent.Contains(a.Name) ? a with { Aliases = [.. a.Aliases, .. byCurrent[a.Name]] } : a)
            .ToList();
    }

    private static List<LevelWord> ReadLevelWords(string path, IEnumerable<string> lines) =>
        Unique(TsvTable.ReadRows(path, lines, ["word", "levels", "ending"])
            .Select(row => (row, new LevelWord(
                row.Required("word"),
                row.List("levels").Select(level => level is AdminLevel.Provincial or AdminLevel.Municipal or AdminLevel.District
                    ? level
                    : throw new GazetteerFormatException(row.FilePath, row.Line, $"level '{level}' is not provincial, municipal or district."))
                    .ToList(),
                row.Required("ending")))),
            word => [word.Word]);

    private static List<AgencyEnding> ReadAgencyEndings(string path, IEnumerable<string> lines) =>
        Unique(TsvTable.ReadRows(path, lines, ["ending", "kind"])
            .Select(row => (row, new AgencyEnding(row.Required("ending"), row.Required("kind")))),
            ending => [ending.Ending]);

    private static readonly string[] BranchLevels =
        [BranchForms.PlaceLevel, BranchForms.ShortCityProvincial, .. Levels];

    private static List<BranchForm> ReadBranches(string path, IEnumerable<string> lines) =>
        TsvTable.ReadRows(path, lines,
                ["ending", "prefixes", "prefix", "places", "place-form", "canonical", "level", "kind", "english"])
            .Select(row =>
            {
                var prefixRequired = row.OneOf("prefix", ["required", "optional"]) == "required";
                var prefixes = row.List("prefixes");
                if (prefixRequired && prefixes.Count == 0)
                    throw new GazetteerFormatException(row.FilePath, row.Line, "a required prefix needs 'prefixes'.");
                return new BranchForm(
                    row.Required("ending"),
                    prefixes,
                    prefixRequired,
                    row.List("places"),
                    row.OneOf("place-form", ["any", "short"]) == "short",
                    row.Required("canonical"),
                    row.OneOf("level", BranchLevels),
                    row.Required("kind"),
                    row.Optional("english"));
            })
            .ToList();

    /// <summary>
    /// A name or alias written on two rows of one file would silently resolve to whichever came first,
    /// so it is refused, naming both lines.
    /// </summary>
    private static List<T> Unique<T>(IEnumerable<(TsvTable Row, T Entry)> rows, Func<T, IEnumerable<string>> names)
    {
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<T>();
        foreach (var (row, entry) in rows)
        {
            foreach (var name in names(entry).Distinct(StringComparer.Ordinal))
            {
                if (!firstLine.TryAdd(name, row.Line))
                    throw new GazetteerFormatException(row.FilePath, row.Line,
                        $"name '{name}' is already used on line {firstLine[name]}.");
            }
            entries.Add(entry);
        }
        return entries;
    }

    private static List<ZoneEntry> ReadZones(string path, IEnumerable<string> lines)
    {
        var rows = TsvTable.ReadRows(path, lines, ["name", "aliases", "kind", "level", "parents", "english"])
            .Select(row => (Row: row, Zone: new ZoneEntry(
                row.Required("name"),
                row.List("aliases"),
                row.Required("kind"),
                row.Optional("level") is null ? null : row.OneOf("level", Levels),
                row.List("parents"),
                row.Optional("english"))))
            .ToList();
        Unique(rows, zone => zone.Aliases.Prepend(zone.Name));
        var names = rows.Select(r => r.Zone.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (row, zone) in rows)
        {
            var missing = zone.Parents.FirstOrDefault(p => !names.Contains(p));
            if (missing is not null)
                throw new GazetteerFormatException(row.FilePath, row.Line,
                    $"parent '{missing}' of zone '{zone.Name}' is not a zone name in this file.");
        }
        return rows.Select(r => r.Zone).ToList();
    }
}
