namespace PolicyGraph.Cli;

/// <summary>
/// Parsed arguments of one verb: <c>--name value</c> options, <c>--flag</c> switches and positional values.
/// A value that starts with "--" is never taken as an option's value, and a known switch never takes one, so
/// <c>query --write "CREATE …"</c> keeps the query as a positional.
/// </summary>
public sealed class CliArguments
{
    /// <summary>Options that never take a value, across all verbs.</summary>
    public static readonly IReadOnlySet<string> Switches =
        new HashSet<string>(["write", "strict", "no-similar", "no-mentions"], StringComparer.Ordinal);

    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    public CliArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var eq = arg.IndexOf('=');
                if (eq > 2)
                {
                    _options[arg[2..eq]] = arg[(eq + 1)..];
                }
                else if (!Switches.Contains(arg[2..]) && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    _options[arg[2..]] = args[++i];
                }
                else
                {
                    _options[arg[2..]] = null;
                }
            }
            else
            {
                _positionals.Add(arg);
            }
        }
    }

    public IReadOnlyList<string> Positionals => _positionals;

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public string Get(string name, string fallback) => _options.GetValueOrDefault(name) ?? fallback;

    public int GetInt(string name, int fallback)
    {
        var text = Get(name);
        if (text is null) return fallback;
        return int.TryParse(text, out var value)
            ? value
            : throw new CliUsageException($"--{name} takes a whole number, not '{text}'.");
    }

    public string Require(string name) =>
        Get(name) ?? throw new CliUsageException($"--{name} is required.");

    /// <summary>The seed folder every verb reads unless --seeds names another.</summary>
    public string SeedsDirectory => Get("seeds") ?? SeedLocator.DefaultDocumentsDirectory();
}

/// <summary>A mistake in the command line; printed without a stack trace, exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
