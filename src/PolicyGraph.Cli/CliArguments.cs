using System.CommandLine;
using System.CommandLine.Parsing;

namespace PolicyGraph.Cli;

/// <summary>
/// The parsed command line of one verb, read by option name without dashes (<c>Get("format")</c>). The parser has
/// already rejected undeclared options, bad numbers and values outside a fixed set; a verb that reads an option it
/// did not declare in <see cref="ICliCommand.Parameters"/> is a programming error and throws.
/// </summary>
public sealed class CliArguments
{
    private readonly ParseResult _parse;
    private readonly Command _command;

    internal CliArguments(ParseResult parse, bool errorIsTerminal)
    {
        _parse = parse;
        _command = parse.CommandResult.Command;
        ErrorIsTerminal = errorIsTerminal;
    }

    /// <summary>Standard error is an interactive terminal, so progress may be drawn as a bar rather than printed as lines.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>The values of the verb's positional arguments, in order.</summary>
    public IReadOnlyList<string> Positionals =>
        _command.Arguments
            .Select(argument => _parse.GetResult(argument))
            .OfType<ArgumentResult>()
            .SelectMany(result => result.Tokens.Select(token => token.Value))
            .ToList();

    /// <summary>True when the option was given (a switch: given and not <c>--name false</c>).</summary>
    public bool Has(string name)
    {
        var option = Declared(name);
        if (_parse.GetResult(option) is not { Implicit: false }) return false;
        return option is not Option<bool> flag || _parse.GetValue(flag);
    }

    /// <summary>The value as typed, else the declared default, else null.</summary>
    public string? Get(string name)
    {
        var option = Declared(name);
        return _parse.GetResult(option) is { Implicit: false, Tokens: [.., var last] }
            ? last.Value
            : option.HasDefaultValue ? Convert.ToString(option.GetDefaultValue(), System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public string Get(string name, string fallback) => Get(name) ?? fallback;

    /// <summary>A whole-number option: its value, else its declared default, else <paramref name="fallback"/>.</summary>
    public int GetInt(string name, int fallback)
    {
        var option = Declared(name);
        if (option is not Option<int> number)
            throw new InvalidOperationException($"--{name} of '{_command.Name}' is not declared as a whole number.");
        return _parse.GetResult(number) is { Implicit: false } || number.HasDefaultValue ? _parse.GetValue(number) : fallback;
    }

    /// <summary>A whole-number option that is given or has a declared default.</summary>
    public int GetInt(string name) =>
        Has(name) || Declared(name).HasDefaultValue
            ? GetInt(name, 0)
            : throw new InvalidOperationException($"--{name} of '{_command.Name}' has no default; read it with a fallback.");

    public string Require(string name) =>
        Get(name) ?? throw new CliUsageException($"--{name} is required.");

    /// <summary>The seed folder every verb reads unless --seeds names another.</summary>
    public string SeedsDirectory => Get("seeds") ?? SeedLocator.DefaultDocumentsDirectory();

    private Option Declared(string name) =>
        _command.Options.FirstOrDefault(option => option.Name == "--" + name)
        ?? throw new InvalidOperationException(
            $"The verb '{_command.Name}' reads --{name} but does not declare it in its Parameters.");
}

/// <summary>A mistake in the command line found by a verb; printed without a stack trace, exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
