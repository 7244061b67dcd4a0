namespace PolicyGraph.Cypher.Semantics;

/// <summary>
/// What the front end knows about one function. <see cref="ArgumentKinds"/>, when given, lists for each position
/// the value kinds that are accepted; a value of any other certain kind is rejected before execution.
/// </summary>
public sealed record FunctionSignature(
    string Name,
    int MinArguments,
    int? MaxArguments,
    bool IsAggregate,
    CypherType ReturnType,
    IReadOnlyList<IReadOnlyCollection<TypeKind>>? ArgumentKinds = null)
{
    public bool AcceptsArgumentCount(int count) => count >= MinArguments && (MaxArguments is null || count <= MaxArguments);
}

/// <summary>The functions the engine supports, as data: names (case-insensitive), arity, aggregate or not.</summary>
public static class FunctionCatalog
{
    private static readonly TypeKind[] Numbers = [TypeKind.Integer, TypeKind.Float];
    private static readonly TypeKind[] Entities = [TypeKind.Node, TypeKind.Relationship, TypeKind.Map];

    private static readonly FunctionSignature[] Signatures =
    [
        // Aggregates
        Aggregate("count", 1, CypherType.Integer),
        Aggregate("sum", 1, CypherType.Any),
        Aggregate("avg", 1, CypherType.Any),
        Aggregate("min", 1, CypherType.Any),
        Aggregate("max", 1, CypherType.Any),
        Aggregate("collect", 1, CypherType.ListOf(CypherType.Any)),
        Aggregate("stDev", 1, CypherType.Float),
        Aggregate("stDevP", 1, CypherType.Float),
        Aggregate("percentileCont", 2, CypherType.Float),
        Aggregate("percentileDisc", 2, CypherType.Any),

        // Graph elements and paths
        Scalar("id", 1, 1, CypherType.Integer),
        Scalar("elementId", 1, 1, CypherType.String),
        Scalar("labels", 1, 1, CypherType.ListOf(CypherType.String), [TypeKind.Node]),
        Scalar("type", 1, 1, CypherType.String, [TypeKind.Relationship]),
        Scalar("keys", 1, 1, CypherType.ListOf(CypherType.String), Entities),
        Scalar("properties", 1, 1, CypherType.Map, Entities),
        Scalar("nodes", 1, 1, CypherType.ListOf(CypherType.Node), [TypeKind.Path]),
        Scalar("relationships", 1, 1, CypherType.ListOf(CypherType.Relationship), [TypeKind.Path]),
        Scalar("startNode", 1, 1, CypherType.Node, [TypeKind.Relationship]),
        Scalar("endNode", 1, 1, CypherType.Node, [TypeKind.Relationship]),
        Scalar("length", 1, 1, CypherType.Integer, [TypeKind.Path, TypeKind.String, TypeKind.List]),
        Scalar("exists", 1, 1, CypherType.Boolean),

        // Lists and general values
        Scalar("size", 1, 1, CypherType.Integer, [TypeKind.List, TypeKind.String]),
        Scalar("head", 1, 1, CypherType.Any),
        Scalar("last", 1, 1, CypherType.Any),
        Scalar("tail", 1, 1, CypherType.ListOf(CypherType.Any)),
        Scalar("range", 2, 3, CypherType.ListOf(CypherType.Integer)),
        Scalar("reverse", 1, 1, CypherType.Any),
        Scalar("coalesce", 1, null, CypherType.Any),
        Scalar("isEmpty", 1, 1, CypherType.Boolean),
        Scalar("valueType", 1, 1, CypherType.String),
        Scalar("randomUUID", 0, 0, CypherType.String),
        Scalar("timestamp", 0, 0, CypherType.Integer),
        Scalar("nullIf", 2, 2, CypherType.Any),

        // Conversions
        Scalar("toBoolean", 1, 1, CypherType.Boolean),
        Scalar("toBooleanOrNull", 1, 1, CypherType.Boolean),
        Scalar("toInteger", 1, 1, CypherType.Integer),
        Scalar("toIntegerOrNull", 1, 1, CypherType.Integer),
        Scalar("toFloat", 1, 1, CypherType.Float),
        Scalar("toFloatOrNull", 1, 1, CypherType.Float),
        Scalar("toString", 1, 1, CypherType.String),
        Scalar("toStringOrNull", 1, 1, CypherType.String),
        Scalar("toBooleanList", 1, 1, CypherType.ListOf(CypherType.Boolean)),
        Scalar("toIntegerList", 1, 1, CypherType.ListOf(CypherType.Integer)),
        Scalar("toFloatList", 1, 1, CypherType.ListOf(CypherType.Float)),
        Scalar("toStringList", 1, 1, CypherType.ListOf(CypherType.String)),

        // Mathematics
        Scalar("abs", 1, 1, CypherType.Any, Numbers),
        Scalar("ceil", 1, 1, CypherType.Float, Numbers),
        Scalar("floor", 1, 1, CypherType.Float, Numbers),
        Scalar("round", 1, 3, CypherType.Float),
        Scalar("sign", 1, 1, CypherType.Integer, Numbers),
        Scalar("rand", 0, 0, CypherType.Float),
        Scalar("sqrt", 1, 1, CypherType.Float, Numbers),
        Scalar("exp", 1, 1, CypherType.Float, Numbers),
        Scalar("log", 1, 1, CypherType.Float, Numbers),
        Scalar("log10", 1, 1, CypherType.Float, Numbers),
        Scalar("e", 0, 0, CypherType.Float),
        Scalar("pi", 0, 0, CypherType.Float),
        Scalar("sin", 1, 1, CypherType.Float, Numbers),
        Scalar("cos", 1, 1, CypherType.Float, Numbers),
        Scalar("tan", 1, 1, CypherType.Float, Numbers),
        Scalar("cot", 1, 1, CypherType.Float, Numbers),
        Scalar("asin", 1, 1, CypherType.Float, Numbers),
        Scalar("acos", 1, 1, CypherType.Float, Numbers),
        Scalar("atan", 1, 1, CypherType.Float, Numbers),
        Scalar("atan2", 2, 2, CypherType.Float, Numbers, Numbers),
        Scalar("degrees", 1, 1, CypherType.Float, Numbers),
        Scalar("radians", 1, 1, CypherType.Float, Numbers),
        Scalar("haversin", 1, 1, CypherType.Float, Numbers),
        Scalar("isNaN", 1, 1, CypherType.Boolean, Numbers),

        // Strings
        Scalar("left", 2, 2, CypherType.String),
        Scalar("right", 2, 2, CypherType.String),
        Scalar("substring", 2, 3, CypherType.String),
        Scalar("trim", 1, 1, CypherType.String),
        Scalar("ltrim", 1, 2, CypherType.String),
        Scalar("rtrim", 1, 2, CypherType.String),
        Scalar("normalize", 1, 2, CypherType.String),
        Scalar("btrim", 1, 2, CypherType.String),
        Scalar("replace", 3, 3, CypherType.String),
        Scalar("split", 2, 2, CypherType.ListOf(CypherType.String)),
        Scalar("toLower", 1, 1, CypherType.String),
        Scalar("toUpper", 1, 1, CypherType.String),
        Scalar("lower", 1, 1, CypherType.String),
        Scalar("upper", 1, 1, CypherType.String),
        Scalar("char_length", 1, 1, CypherType.Integer),
        Scalar("character_length", 1, 1, CypherType.Integer),

        // Spatial
        Scalar("point", 1, 1, CypherType.Other),
        Scalar("distance", 2, 2, CypherType.Float),
        Scalar("point.distance", 2, 2, CypherType.Float),
        Scalar("point.withinBBox", 3, 3, CypherType.Boolean),
        .. TemporalFunctions(),
    ];

    private static readonly Dictionary<string, FunctionSignature> ByName =
        Signatures.ToDictionary(signature => signature.Name, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<FunctionSignature> All { get; } = Array.AsReadOnly(Signatures);

    public static FunctionSignature? Find(string name) => ByName.GetValueOrDefault(name);

    public static bool IsAggregate(string name) => Find(name)?.IsAggregate ?? false;

    private static FunctionSignature Aggregate(string name, int arity, CypherType returns) =>
        new(name, arity, arity, true, returns);

    private static FunctionSignature Scalar(string name, int min, int? max, CypherType returns, params TypeKind[][] kinds) =>
        new(name, min, max, false, returns, kinds.Length == 0 ? null : Array.AsReadOnly(kinds.Select(ReadOnly).ToArray()));

    private static IReadOnlyCollection<TypeKind> ReadOnly(TypeKind[] kinds) => Array.AsReadOnly(kinds);

    /// <summary>date(), datetime(), ... with their namespaced helpers (date.truncate, duration.between, ...).</summary>
    private static IEnumerable<FunctionSignature> TemporalFunctions()
    {
        string[] instants = ["date", "datetime", "localdatetime", "time", "localtime"];
        foreach (var instant in instants)
        {
            yield return Scalar(instant, 0, 1, CypherType.Other);
            yield return Scalar(instant + ".transaction", 0, 1, CypherType.Other);
            yield return Scalar(instant + ".statement", 0, 1, CypherType.Other);
            yield return Scalar(instant + ".realtime", 0, 1, CypherType.Other);
            yield return Scalar(instant + ".truncate", 1, 3, CypherType.Other);
        }

        yield return Scalar("datetime.fromepoch", 2, 2, CypherType.Other);
        yield return Scalar("datetime.fromepochmillis", 1, 1, CypherType.Other);
        yield return Scalar("duration", 1, 1, CypherType.Other);
        foreach (var unit in new[] { "between", "inMonths", "inDays", "inSeconds" })
        {
            yield return Scalar("duration." + unit, 2, 2, CypherType.Other);
        }
    }
}
