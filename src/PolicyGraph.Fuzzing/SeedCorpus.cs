using PolicyGraph.Core.Querying;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// Queries to mutate: the statements of <c>.cypher</c> files (read by <see cref="CypherStatementFile"/>) and the query blocks of openCypher TCK <c>.feature</c> files (the text between
/// two lines of three double quotes, read with the Gherkin package), read where they lie.
/// </summary>
public static class SeedCorpus
{
    public static IReadOnlyList<string> Load(IEnumerable<string> folders)
    {
        var queries = new List<string>();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (file.EndsWith(".cypher", StringComparison.Ordinal)) queries.AddRange(CypherStatements(File.ReadLines(file)));
                else if (file.EndsWith(".feature", StringComparison.Ordinal)) queries.AddRange(QuotedBlocks(File.ReadLines(file)));
            }
        }
        return queries;
    }

    /// <summary>The Cypher of each statement (<see cref="CypherStatementFile"/>), without the comment lines before it.</summary>
    public static IEnumerable<string> CypherStatements(IEnumerable<string> lines) =>
        CypherStatementFile.Parse(string.Join("\n", lines)).Select(s => s.Cypher).Where(cypher => cypher.Length > 0);

    /// <summary>
    /// The doc strings of a feature's steps (the queries of TCK scenarios), read with Cucumber's Gherkin parser so the
    /// project has one reading of Gherkin; a file that is not valid Gherkin gives no queries.
    /// </summary>
    public static IEnumerable<string> QuotedBlocks(IEnumerable<string> lines)
    {
        Gherkin.Ast.GherkinDocument document;
        try
        {
            document = new Gherkin.Parser().Parse(new StringReader(string.Join("\n", lines)));
        }
        catch (Gherkin.ParserException)
        {
            // A seed file the parser refuses is simply not a source of seed queries; the fuzzer has others.
            return [];
        }
        var children = document.Feature?.Children ?? [];
        return children.OfType<Gherkin.Ast.StepsContainer>()
            .SelectMany(container => container.Steps)
            .Select(step => step.DocString?.Content.Trim())
            .Where(content => !string.IsNullOrEmpty(content))
            .Select(content => content!)
            .ToList();
    }
}
