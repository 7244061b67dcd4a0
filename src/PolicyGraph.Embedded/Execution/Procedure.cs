using System.Text.RegularExpressions;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// One input or output of a procedure, typed as in Neo4j signatures (<c>INTEGER?</c>, <c>STRING?</c>, ...). An input
/// written <c>name = default :: TYPE</c> may be left out of a call (<see cref="IsOptional"/>).
/// </summary>
public sealed record ProcedureField(string Name, string Type)
{
    public bool IsOptional { get; init; }

    /// <summary>The value an omitted optional input takes: <c>{}</c>, <c>[]</c>, null, a number or a quoted string.</summary>
    public object? DefaultValue { get; init; }

    /// <summary>Whether <paramref name="value"/> may be passed for this field (null always may: every type is nullable).</summary>
    public bool Accepts(object? value) => BaseType switch
    {
        _ when value is null => true,
        "ANY" => true,
        "INTEGER" => value is long,
        "FLOAT" or "NUMBER" => value is long or double,
        "STRING" => value is string,
        "BOOLEAN" => value is bool,
        "MAP" => CypherValues.KindOf(value) == CypherValueKind.Map,
        "NODE" => value is NodeRef,
        "RELATIONSHIP" => value is RelationshipRef,
        "PATH" => value is PathRef,
        _ when BaseType.StartsWith("LIST", StringComparison.Ordinal) => CypherValues.KindOf(value) == CypherValueKind.List,
        _ => true,
    };

    /// <summary>The value as the procedure receives it (an INTEGER passed for a FLOAT becomes a float).</summary>
    public object? Coerce(object? value) => BaseType == "FLOAT" && value is long n ? (double)n : value;

    private string BaseType => Type.TrimEnd('?').Trim().ToUpperInvariant();
}

/// <summary>Name, inputs and outputs of a procedure, e.g. <c>db.labels() :: (label :: STRING?)</c>.</summary>
public sealed partial record ProcedureSignature(string Name, IReadOnlyList<ProcedureField> Inputs, IReadOnlyList<ProcedureField> Outputs)
{
    /// <summary>Reads the Neo4j notation <c>ns.name(in :: TYPE?, ...) :: (out :: TYPE?, ...)</c>.</summary>
    public static ProcedureSignature Parse(string text)
    {
        var match = SignaturePattern().Match(text.Trim());
        if (!match.Success)
            throw new FormatException($"'{text}' is not a procedure signature like 'ns.name(in :: INTEGER?) :: (out :: STRING?)'.");
        return new ProcedureSignature(match.Groups["name"].Value, Fields(match.Groups["inputs"].Value), Fields(match.Groups["outputs"].Value));
    }

    private static ProcedureField[] Fields(string list) => list
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(field => field.Split("::", StringSplitOptions.TrimEntries))
        .Select(parts => parts.Length == 2
            ? Field(parts[0], parts[1])
            : throw new FormatException($"'{string.Join("::", parts)}' is not a 'name :: TYPE' field."))
        .ToArray();

    private static ProcedureField Field(string name, string type)
    {
        var equals = name.IndexOf('=');
        if (equals < 0) return new ProcedureField(name, type);
        return new ProcedureField(name[..equals].Trim(), type) { IsOptional = true, DefaultValue = DefaultOf(name[(equals + 1)..].Trim()) };
    }

    private static object? DefaultOf(string text) => text switch
    {
        "{}" => new Dictionary<string, object?>(),
        "[]" => Array.Empty<object?>(),
        "null" or "NULL" => null,
        _ when long.TryParse(text, out var number) => number,
        _ when text.Length >= 2 && text[0] is '\'' or '"' && text[^1] == text[0] => text[1..^1],
        _ => throw new FormatException($"'{text}' is not a default value this signature notation supports."),
    };

    [GeneratedRegex(@"^(?<name>[\w.]+)\s*\((?<inputs>[^)]*)\)\s*::\s*\((?<outputs>[^)]*)\)\s*:?$")]
    private static partial Regex SignaturePattern();
}

/// <summary>
/// A procedure callable with CALL. <see cref="Invoke"/> receives the (type-checked) arguments in signature order
/// and the graph as the query sees it, and returns rows of outputs in signature order.
/// </summary>
public sealed record Procedure(
    ProcedureSignature Signature,
    Func<IReadOnlyList<object?>, GraphTransaction, IEnumerable<IReadOnlyList<object?>>> Invoke)
{
    /// <summary>
    /// A procedure answering from a fixed table: each row holds input values then output values, and a call
    /// returns the outputs of the rows whose inputs equal the arguments. Handy for tests and stubs of external services.
    /// </summary>
    public static Procedure FromTable(ProcedureSignature signature, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var inputs = signature.Inputs.Count;
        return new Procedure(signature, (arguments, _) => rows
            .Where(row => Enumerable.Range(0, inputs).All(i => CypherEquivalence.AreEquivalent(row[i], arguments[i])))
            .Select(row => (IReadOnlyList<object?>)row.Skip(inputs).ToArray())
            .ToList());
    }
}
