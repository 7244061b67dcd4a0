using PolicyGraph.Cypher.Semantics;
using PolicyGraph.Embedded.Expressions.Aggregation;
using PolicyGraph.Embedded.Expressions.Functions;

namespace PolicyGraph.Embedded.Tests.Expressions;

/// <summary>The front end's catalogue and the engine's registry must agree, or valid queries fail at runtime.</summary>
public class FunctionCatalogTests
{
    [Fact]
    public void Every_catalogued_aggregate_has_an_aggregator_with_the_same_arity()
    {
        foreach (var signature in FunctionCatalog.All.Where(s => s.IsAggregate))
        {
            Assert.True(AggregatorFactory.IsAggregate(signature.Name), signature.Name);
            Assert.Equal(signature.MinArguments, AggregatorFactory.ArityOf(signature.Name));
        }
    }

    [Fact]
    public void Every_catalogued_non_spatial_scalar_is_registered_with_the_same_arity()
    {
        var missing = new List<string>();
        foreach (var signature in FunctionCatalog.All.Where(s => !s.IsAggregate && !IsSpatial(s)))
        {
            if (signature.Name.Equals("exists", StringComparison.OrdinalIgnoreCase)) continue; // handled by the compiler
            if (!FunctionRegistry.Default.TryGet(signature.Name, out var definition))
            {
                missing.Add(signature.Name);
                continue;
            }
            Assert.True(
                signature.MinArguments == definition.MinArity && (signature.MaxArguments ?? int.MaxValue) == definition.MaxArity,
                $"{signature.Name}: catalogue {signature.MinArguments}..{signature.MaxArguments}, registry {definition.MinArity}..{definition.MaxArity}");
        }
        Assert.Empty(missing);
    }

    // Points are not supported by the embedded engine.
    private static bool IsSpatial(FunctionSignature signature) =>
        signature.Name is "point" or "distance" || signature.Name.StartsWith("point.", StringComparison.OrdinalIgnoreCase);
}
