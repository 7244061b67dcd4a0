using System.Text.RegularExpressions;
using PolicyGraph.Core.Schema;

namespace PolicyGraph.Core.Tests.Schema;

/// <summary>The schema constants and the public graph contract (cypher/README.md) name the same things.</summary>
public sealed partial class GraphSchemaContractTests
{
    private static readonly string Contract = File.ReadAllText(Path.Combine(RepositoryRoot(), "cypher", "README.md"));

    [Fact]
    public void Node_labels_are_those_of_the_contract_table()
    {
        var table = Section("## Nodes", "## Relationships");
        var documented = TableFirstColumns(table).SelectMany(cell => BacktickedWords().Matches(cell).Select(m => m.Groups[1].Value))
            .SelectMany(label => label.Split(':')).ToHashSet();

        Assert.Equal(documented.Order(), NodeLabels.All.Order());
    }

    [Fact]
    public void Relationship_types_are_those_of_the_contract_table()
    {
        var table = Section("## Relationships", "### Body and table");
        var documented = RelationshipPattern().Matches(table).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Equal(documented.Order(), RelationshipTypes.All.Order());
    }

    [Fact]
    public void Every_property_name_is_documented_in_the_contract()
    {
        // Written as `name` or with a value, as in `cited: true`.
        var undocumented = PropertyNames.All.Where(p => p != PropertyNames.Id
            && !Contract.Contains($"`{p}`", StringComparison.Ordinal) && !Contract.Contains($"`{p}:", StringComparison.Ordinal));

        Assert.Empty(undocumented);
    }

    [Fact]
    public void Schema_scripts_create_the_full_text_index_reads_rely_on()
    {
        var scripts = string.Join('\n', GraphSchemaScripts.Files.Select(f => f.Text));

        Assert.NotEmpty(GraphSchemaScripts.Files);
        Assert.Contains($"FULLTEXT INDEX {SchemaIndexes.PolicyText}", scripts, StringComparison.Ordinal);
    }

    private static string Section(string from, string to)
    {
        var start = Contract.IndexOf(from, StringComparison.Ordinal);
        var end = Contract.IndexOf(to, start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"cypher/README.md has no section between '{from}' and '{to}'.");
        return Contract[start..end];
    }

    private static IEnumerable<string> TableFirstColumns(string section) =>
        section.Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal)).Select(line => line.Split('|')[1]);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PolicyGraph.sln")))
                return folder.FullName;
        }
        throw new DirectoryNotFoundException("PolicyGraph.sln not found above the test's folder.");
    }

    [GeneratedRegex("`([A-Za-z:]+)`")]
    private static partial Regex BacktickedWords();

    [GeneratedRegex(@"\[:([A-Z_]+)\]")]
    private static partial Regex RelationshipPattern();
}
