using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Expressions.Functions;

namespace PolicyGraph.Embedded.Tests.Expressions;

/// <summary>Calls registry functions directly on runtime values.</summary>
internal static class FunctionHarness
{
    public static object? Call(string name, params object?[] arguments) => Call(new TestGraph(), name, arguments);

    public static object? Call(TestGraph graph, string name, params object?[] arguments)
    {
        Assert.True(FunctionRegistry.Default.TryGet(name, out var function), $"{name} is registered");
        Assert.True(function.AcceptsArity(arguments.Length), $"{name} accepts {arguments.Length} arguments");
        return function.Invoke(arguments, new EvaluationContext(graph));
    }
}
