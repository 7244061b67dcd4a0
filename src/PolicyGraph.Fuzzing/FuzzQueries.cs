namespace PolicyGraph.Fuzzing;

/// <summary>
/// The query stream of a fuzzing run: for a given seed, always the same queries — generated from the grammar,
/// or (when there are seed queries) mutated from them, about three in five generated.
/// </summary>
public static class FuzzQueries
{
    public static IEnumerable<string> Generate(int seed, long count, IReadOnlyList<string> seedQueries)
    {
        var random = new Random(seed);
        var generator = new CypherGenerator(random, FuzzVocabulary.From(seedQueries));
        var mutator = seedQueries.Count > 0 ? new QueryMutator(random, generator, seedQueries) : null;
        for (var i = 0L; i < count; i++)
            yield return mutator is not null && random.Next(5) < 2 ? mutator.Next() : generator.Next();
    }
}
