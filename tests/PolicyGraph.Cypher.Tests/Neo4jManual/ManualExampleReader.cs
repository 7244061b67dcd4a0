namespace PolicyGraph.Cypher.Tests.Neo4jManual;

/// <summary>
/// Reads the transcription files (examples/*.txt). A file holds <c>source:</c> (the manual page, until the next
/// one), <c>setup:</c> … <c>end</c> (statements separated by lines holding only ';', run before every later example),
/// and examples: <c>example: name</c>, optional <c>status: fails — reason</c>, <c>query:</c> lines, then <c>rows:</c>
/// with one JSON array per line or <c>error: Category</c>, closed by <c>end</c>.
/// </summary>
public static class ManualExampleReader
{
    public static string ExamplesDirectory => Path.Combine(AppContext.BaseDirectory, "Neo4jManual", "examples");

    public static IReadOnlyList<ManualExample> ReadAll() =>
        Directory.GetFiles(ExamplesDirectory, "*.txt").Order(StringComparer.Ordinal).SelectMany(Read).ToList();

    public static IReadOnlyList<ManualExample> Read(string path)
    {
        var reader = new FileState(Path.GetFileName(path), File.ReadAllLines(path));
        return reader.ReadExamples();
    }

    private sealed class FileState(string file, string[] lines)
    {
        private readonly List<ManualExample> examples = [];
        private string source = "";
        private List<string> setup = [];
        private int next;

        public List<ManualExample> ReadExamples()
        {
            while (next < lines.Length)
            {
                var line = lines[next++].Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                if (line.StartsWith("source:", StringComparison.Ordinal)) source = line["source:".Length..].Trim();
                else if (line == "setup:") setup = SplitStatements(Block());
                else if (line.StartsWith("example:", StringComparison.Ordinal)) examples.Add(ReadExample(line["example:".Length..].Trim(), next));
                else throw Error(next, $"unexpected line '{line}'");
            }
            return examples;
        }

        private ManualExample ReadExample(string name, int line)
        {
            string? status = null;
            var exampleSetup = setup;
            string? query = null;
            string? error = null;
            List<string>? rows = null;
            while (true)
            {
                if (next >= lines.Length) throw Error(line, $"example '{name}' has no 'end'");
                var text = lines[next++].Trim();
                if (text.StartsWith("status:", StringComparison.Ordinal)) status = text["status:".Length..].Trim();
                else if (text == "setup:") exampleSetup = SplitStatements(Block());
                else if (text == "query:") query = string.Join("\n", TakeUntil(IsResultStart));
                else if (text == "rows:") rows = TakeUntil(l => l.Trim() == "end").Where(row => row.Trim().Length > 0).ToList();
                else if (text.StartsWith("error:", StringComparison.Ordinal)) error = text["error:".Length..].Trim();
                else if (text == "end") break;
                else if (text.Length > 0) throw Error(next, $"unexpected line '{text}' in example '{name}'");
            }
            if (query is null || (rows is null == (error is null))) throw Error(line, $"example '{name}' needs a query and either rows or an error");
            var knownFailure = status is null ? null : status.StartsWith("fails", StringComparison.Ordinal) ? status : throw Error(line, $"unknown status '{status}'");
            return new ManualExample(file, line, name, source, exampleSetup, query, rows, error, knownFailure);
        }

        private static bool IsResultStart(string line) => line.Trim() is "rows:" or "end" || line.Trim().StartsWith("error:", StringComparison.Ordinal);

        /// <summary>Lines up to a line holding only 'end' (consumed).</summary>
        private List<string> Block()
        {
            var block = TakeUntil(line => line.Trim() == "end");
            next++;
            return block;
        }

        private List<string> TakeUntil(Func<string, bool> stop)
        {
            var taken = new List<string>();
            while (next < lines.Length && !stop(lines[next])) taken.Add(lines[next++]);
            if (next >= lines.Length) throw Error(next, "block not closed");
            return taken;
        }

        private static List<string> SplitStatements(List<string> block)
        {
            var statements = new List<string>();
            var current = new List<string>();
            foreach (var line in block.Append(";"))
            {
                if (line.Trim() != ";")
                {
                    current.Add(line);
                    continue;
                }
                if (current.Any(l => l.Trim().Length > 0)) statements.Add(string.Join("\n", current));
                current.Clear();
            }
            return statements;
        }

        private InvalidDataException Error(int line, string message) => new($"{file}:{line}: {message}");
    }
}
