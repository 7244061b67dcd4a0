using PolicyGraph.Testing.Tck;

namespace PolicyGraph.Tck.Tests.RunnerTests;

/// <summary>Cross-checks our Gherkin expansion against scenarios.tsv, the TCK copy's independent scan.</summary>
public sealed class TckCatalogTests
{
    [SkippableTckFact]
    public void Expansion_matches_the_independent_scan_row_for_row()
    {
        var catalog = TckCatalog.Default!;
        var scan = File.ReadLines(Path.Combine(catalog.Directory, "scenarios.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => $"{cells[0]}|{cells[2]}|{cells[3]}")
            .ToArray();
        var ours = catalog.Scenarios.Select(s => $"{s.RelativePath}|{s.Title}|{s.ExampleRow}").ToArray();
        Assert.Equal(scan.Order(StringComparer.Ordinal), ours.Order(StringComparer.Ordinal));
    }

    [SkippableTckFact]
    public void Display_names_start_with_feature_and_number()
    {
        var catalog = TckCatalog.Default!;
        Assert.All(catalog.Scenarios, s => Assert.Matches(@"^\w+ \[\d+\] ", s.DisplayName));
        Assert.Contains(catalog.Scenarios, s => s.DisplayName.EndsWith(" (example 2)", StringComparison.Ordinal));
    }

    [Fact]
    public void Repository_root_is_found_from_the_source_tree()
    {
        var root = PolicyGraph.Testing.RepositoryRoot.Path;
        Assert.True(File.Exists(Path.Combine(root, "PolicyGraph.sln")));
    }
}

/// <summary>A fact that is skipped, with the reason, when the TCK folder is absent.</summary>
public sealed class SkippableTckFactAttribute : FactAttribute
{
    public SkippableTckFactAttribute()
    {
        if (TckCatalog.LocateTckDirectory() is null) Skip = TckCatalog.MissingReason;
    }
}
