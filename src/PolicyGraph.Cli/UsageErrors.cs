using System.CommandLine;
using System.CommandLine.Parsing;

namespace PolicyGraph.Cli;

/// <summary>
/// Turns a faulty command line into messages a person can act on; an unknown verb or option names the closest known
/// ones, and the parser's complaints about the tokens after it are left out. System.CommandLine takes an unknown
/// "--x" as a positional value when the verb has a positional argument, so option-like tokens that no option
/// consumed are picked out here rather than from its unmatched tokens.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        if (command is RootCommand && parse.UnmatchedTokens is [var verb, ..] && !LooksLikeOption(verb))
            return [$"unknown verb '{verb}'.{Suggestions.DidYouMean(verb, command.Subcommands.Select(c => c.Name))}"];

        var unknownOptions = UnknownOptionTokens(parse)
            .Select(token => $"unknown option '{token}'.{Suggestions.DidYouMean(token, OptionNames(command))}")
            .ToList();
        if (unknownOptions.Count > 0) return unknownOptions;

        var known = OptionNames(command).ToHashSet(StringComparer.Ordinal);
        var optionsAsValues = OptionResults(parse.RootCommandResult)
            .SelectMany(result => result.Tokens.Where(token => known.Contains(token.Value))
                .Select(token => $"{result.Option.Name} needs a value, but the word after it is the option {token.Value}."))
            .ToList();
        if (optionsAsValues.Count > 0) return optionsAsValues;

        return parse.Errors.Select(error => error.Message).ToList();
    }

    /// <summary>Tokens written like options ("--fromat", "--fromat=json") that no option took as its value, before any "--".</summary>
    private static IEnumerable<string> UnknownOptionTokens(ParseResult parse)
    {
        var optionValues = new HashSet<Token>(OptionResults(parse.RootCommandResult).SelectMany(r => r.Tokens), ReferenceEqualityComparer.Instance);
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) yield break;
            if (token.Type == TokenType.Argument && LooksLikeOption(token.Value) && !optionValues.Contains(token))
                yield return token.Value.Split('=', 2)[0];
        }
    }

    private static IEnumerable<OptionResult> OptionResults(SymbolResult result) => result switch
    {
        OptionResult option => [option],
        CommandResult command => command.Children.SelectMany(OptionResults),
        _ => [],
    };

    /// <summary>Long option names, including those inherited such as --help.</summary>
    private static IEnumerable<string> OptionNames(Command command)
    {
        var options = command.Options.AsEnumerable();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            options = options.Concat(parent.Options.Where(option => option.Recursive));
        return options.SelectMany(option => option.Aliases.Prepend(option.Name)).Where(name => name.StartsWith("--", StringComparison.Ordinal));
    }

    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !double.TryParse(token, System.Globalization.CultureInfo.InvariantCulture, out _);
}
