using System.CommandLine;

namespace PolicyGraph.Cli;

/// <summary>
/// Builders for the options verbs declare, so that one option reads the same in every verb's help. Each call makes
/// a new option: System.CommandLine records an option's parent commands, so instances are not shared.
/// </summary>
public static class CliOptions
{
    /// <summary>--seeds DIR: the document folder (default: seeds/documents above the working directory).</summary>
    public static Option<string> Seeds() =>
        Text("--seeds", "DIR", "Folder of policy documents to load (default: seeds/documents found from the working directory).");

    /// <summary>--reference DIR: the gazetteer folder (default: reference/ beside the documents).</summary>
    public static Option<string> Reference() =>
        Text("--reference", "DIR", "Folder of the agency/zone gazetteer (default: reference/ beside the documents, else the built-in one).");

    /// <summary>An option taking one value.</summary>
    public static Option<string> Text(string name, string helpName, string description, string? defaultValue = null)
    {
        var option = new Option<string>(name) { Description = description, HelpName = helpName };
        if (defaultValue is not null) option.DefaultValueFactory = _ => defaultValue;
        return option;
    }

    /// <summary>An option taking one of a fixed set of values (the first is the default unless <paramref name="required"/>).</summary>
    public static Option<string> OneOf(string name, string description, bool required, params string[] values) =>
        OneOf(name, description, required, StringComparer.Ordinal, values);

    /// <summary>The same, comparing values with <paramref name="comparer"/> (e.g. any case).</summary>
    public static Option<string> OneOf(string name, string description, bool required, StringComparer comparer, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, HelpName = string.Join("|", values), Required = required };
        if (!required) option.DefaultValueFactory = _ => values[0];
        option.AcceptOnlyFromAmong(comparer, values);
        return option;
    }

    /// <summary>An option taking a whole number; the parser rejects anything else with a message naming the option.</summary>
    public static Option<int> Number(string name, string helpName, string description, int? defaultValue = null)
    {
        var option = new Option<int>(name) { Description = description, HelpName = helpName };
        if (defaultValue is { } value) option.DefaultValueFactory = _ => value;
        return option;
    }

    /// <summary>An option that takes no value.</summary>
    public static Option<bool> Switch(string name, string description) => new(name) { Description = description };

    /// <summary>A required option taking one value.</summary>
    public static Option<string> RequiredText(string name, string helpName, string description)
    {
        var option = Text(name, helpName, description);
        option.Required = true;
        return option;
    }
}
