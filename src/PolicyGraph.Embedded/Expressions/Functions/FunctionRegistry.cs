namespace PolicyGraph.Embedded.Expressions.Functions;

/// <summary>Invokes a scalar function on already-evaluated arguments.</summary>
public delegate object? ScalarFunction(object?[] arguments, EvaluationContext context);

/// <summary>A scalar function: its canonical name, how many arguments it takes, and its implementation.</summary>
public sealed record FunctionDefinition(string Name, int MinArity, int MaxArity, ScalarFunction Invoke)
{
    public bool AcceptsArity(int count) => count >= MinArity && count <= MaxArity;
}

/// <summary>
/// The scalar functions the embedded engine knows, keyed case-insensitively (openCypher function names are
/// case-insensitive). Aggregate functions live in <see cref="Aggregation.AggregatorFactory"/>.
/// </summary>
public sealed class FunctionRegistry
{
    private readonly Dictionary<string, FunctionDefinition> functions = new(StringComparer.OrdinalIgnoreCase);

    private FunctionRegistry()
    {
        GraphFunctions.Register(this);
        ListFunctions.Register(this);
        StringFunctions.Register(this);
        MathFunctions.Register(this);
        ConversionFunctions.Register(this);
        ValueFunctions.Register(this);
        TemporalFunctions.Register(this);
        SpatialFunctions.Register(this);
    }

    /// <summary>The built-in catalogue (immutable once constructed).</summary>
    public static FunctionRegistry Default { get; } = new();

    public IEnumerable<FunctionDefinition> All => functions.Values;

    public bool TryGet(string name, out FunctionDefinition definition) =>
        functions.TryGetValue(name, out definition!);

    internal void Add(string name, int arity, ScalarFunction invoke) => Add(name, arity, arity, invoke);

    internal void Add(string name, int minArity, int maxArity, ScalarFunction invoke) =>
        functions.Add(name, new FunctionDefinition(name, minArity, maxArity, invoke));
}
