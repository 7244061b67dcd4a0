using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Execution;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// MATCH feeding an aggregation or a DISTINCT projection is counted per tuple of the variables read later (FactorisedMatchPlan). Each
/// query here is compared with the same query routed through the row pipeline by a <c>WITH *</c> between the
/// MATCH and the aggregation, on random graphs with parallel relationships, self-loops, duplicate and missing
/// names: the rewrite must never change an answer.
/// </summary>
public sealed class FactorisedAggregationTests : QueryTestBase
{
    public static TheoryData<string, string, string> Shapes => new()
    {
        { "MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A) WHERE a.name < b.name", "", "RETURN a.name AS x, b.name AS y, count(m) AS n ORDER BY n DESC, x, y" },
        { "MATCH (a:A)-[:R]->(m)<-[:R]-(b)", "", "RETURN a, b, count(*) AS n ORDER BY n, id(a), id(b)" },
        { "MATCH (a)-[:R|S]-(b)-[:R]-(c)", "", "RETURN a.name AS x, count(c) AS n, count(DISTINCT c) AS d ORDER BY x" },
        { "MATCH (a:A)-[:R]->(m:M)", "", "RETURN a.name AS x, min(m.v) AS lo, max(m.v) AS hi, sum(m.v) AS total, avg(a.v) AS mean ORDER BY x" },
        { "MATCH (a:A)-[:R]->(m:M)<-[:S]-(b)", "", "RETURN percentileDisc(a.v, 0.5) AS p, stDev(b.v) AS sd, size(collect(b.name)) AS names" },
        { "MATCH (a)-[:R]->(m)<-[:R]-(a)", "", "RETURN a.name AS x, count(*) AS n ORDER BY x" },
        { "MATCH (a:A)-[r:R]->(m)<-[:S]-(b)", "", "RETURN r.w AS w, count(*) AS n ORDER BY w" },
        { "MATCH (d:A)-[:R*1..3]->(c:M)", "", "RETURN c.name AS x, count(DISTINCT d) AS n, count(*) AS paths ORDER BY x" },
        { "MATCH (a:A {name: 'x'})-[:R]->(m)-[:S]->(z)", "", "RETURN z.name AS x, count(m) AS n ORDER BY x" },
        { "MATCH (a:A) WITH a ORDER BY a.v LIMIT 3 MATCH (a)-[:R]->(m)<-[:S]-(b)", "", "RETURN a.name AS x, count(b) AS n ORDER BY x" },
        { "MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A)", "WITH a, count(m) AS n WHERE n > 1", "RETURN a.name AS x, n ORDER BY x, n" },
        { "MATCH (a:A)-[:R]->(m:M)", "", "RETURN count(*) AS n, count(m) AS m2" },
        { "MATCH (a:A)-[:R]->(m:M) WHERE m.v > 100", "", "RETURN count(*) AS n, size(collect(a.name)) AS names, count(DISTINCT a.name) AS distinctNames" },
        { "MATCH (a:A)-[:R]->(m)<-[:R]-(b:A) WHERE a.name < b.name", "", "RETURN DISTINCT a.name AS x, b.name AS y ORDER BY x, y" },
        { "MATCH (a)-[:R*1..2]->(b)", "", "RETURN DISTINCT b.name AS x ORDER BY x" },
        { "MATCH (a:A)-[:R|S]-(m)", "WITH DISTINCT a, m.v > 50 AS big", "RETURN a.name AS x, big, count(*) AS n ORDER BY x, big, n" },
        // Read by value: type(r) only, n.key only; last hops nothing reads counted at once.
        { "MATCH (a:A {name: 'x'})-[r]-(n)", "", "RETURN type(r) AS t, count(n) AS n ORDER BY t" },
        { "MATCH (a)-[r]->(n:M)", "", "RETURN type(r) AS t, count(*) AS n" },
        { "MATCH (a)-[r:R|S]-(n) WHERE type(r) <> 'S' OR a.v > 100", "", "RETURN type(r) AS t, a.v > 100 AS big, count(*) AS n ORDER BY t, big" },
        { "MATCH (i:M)", "", "RETURN i.name AS x, count(*) AS n" },
        { "MATCH (i:A:M)", "", "RETURN i.mix AS x, count(*) AS n" },
        { "MATCH (i:A) WHERE i.mix IS NOT NULL", "", "RETURN i.mix AS x, collect(i.mix) AS all, count(DISTINCT i.mix) AS d" },
        { "MATCH (a:A)-[:R]->(m:M)", "", "RETURN a.name AS x, count(m) AS n ORDER BY n DESC, x LIMIT 3" },
        { "MATCH (a:A)-[:R]-(m:M)", "", "RETURN a.name AS x, count(*) AS n ORDER BY x" },
        { "MATCH (a:A)-[:R]->(m)-[:R]->(z)", "", "RETURN a.name AS x, count(*) AS n ORDER BY x" },
        { "MATCH (a:A)-[r:R]->(m)", "", "RETURN a.name AS x, a.v AS v, type(r) AS t, count(*) AS n ORDER BY x, v" },
        // Aggregates that see values in match order: no merge by value may reorder what they are fed.
        { "MATCH (i:M)", "", "RETURN collect(i.name) AS names" },
        { "MATCH (a)-[r]->(n:M)", "", "RETURN collect(type(r)) AS types, count(*) AS n" },
        { "MATCH (i:A)", "", "RETURN collect(i.mix) AS all, sum(i.v) AS total" },
        { "MATCH (i:A:M)", "", "RETURN i.name AS x, collect(i.mix) AS all" },
        { "MATCH (i:A)", "", "RETURN min(i.mix) AS lo, max(i.mix) AS hi, collect(DISTINCT i.mix) AS d, count(DISTINCT i.name) AS n" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Counting_per_tuple_answers_like_the_row_pipeline(string match, string with, string @return)
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            await using var backend = new EmbeddedGraphBackend();
            await backend.RunAsync(RandomGraph(seed));
            var projection = with.Length > 0 ? $"{with} {@return}" : @return;

            var counted = await backend.RunAsync($"{match} {projection}");
            var rowByRow = await backend.RunAsync($"{match} WITH * {projection}");

            Assert.Equal(rowByRow.Columns, counted.Columns);
            Assert.Equal(Render(rowByRow), Render(counted));
        }
    }

    [Fact]
    public void The_rewrite_records_only_the_variables_read_after_the_match()
    {
        var plan = PlanFor("MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A) WHERE a.name < b.name RETURN a.name, b.name, count(m)");

        Assert.NotNull(plan);
        Assert.Equal(["a", "b"], plan.Slots.Select(s => s.Variable).Order().ToArray());
    }

    [Theory]
    [InlineData("MATCH (a:A {name: 'x'})-[r]-(n) RETURN type(r), count(n)", "r", "Type", null)]
    [InlineData("MATCH (i:I) RETURN i.novelty, count(*)", "i", "Property", "novelty")]
    [InlineData("MATCH (i:I) WHERE i.novelty <> '' RETURN i.novelty, count(*)", "i", "Property", "novelty")]
    [InlineData("MATCH (i:I)-[:T]->(x) RETURN i.novelty, i.name, count(*)", "i", "Entity", null)]
    [InlineData("MATCH (i:I)-[:T]->(x) RETURN i.novelty, id(i), count(*)", "i", "Entity", null)]
    [InlineData("MATCH (a)-[r]->(n) RETURN r.w, count(*)", "r", "Entity", null)]
    [InlineData("MATCH (a)-[r]->(n) RETURN type(r), r, count(*)", "r", "Entity", null)]
    [InlineData("MATCH (i:I)-[:T]->(x) RETURN i.novelty, collect(x.name)", "i", "Entity", null)]
    [InlineData("MATCH (i:I)-[:T]->(x) RETURN i.novelty, sum(x.v)", "i", "Entity", null)]
    [InlineData("MATCH (a)-[r]->(n) RETURN type(r), avg(n.v)", "r", "Entity", null)]
    [InlineData("MATCH (i:I) RETURN min(i.novelty), max(i.novelty), count(DISTINCT i.novelty), collect(DISTINCT i.novelty)", "i", "Property", "novelty")]
    public void A_variable_read_one_way_only_is_recorded_by_value(string cypher, string variable, string kind, string? key)
    {
        var plan = PlanFor(cypher);

        Assert.NotNull(plan);
        Assert.Equal(new SlotRead(Enum.Parse<SlotReadKind>(kind), key), plan.Slots.Single(s => s.Variable == variable).Read);
    }

    [Fact]
    public void A_distinct_projection_is_counted_by_tuple_too()
    {
        var plan = PlanFor("MATCH (a)-[:R]->(m)<-[:R]-(b) RETURN DISTINCT a.name, b.name ORDER BY a.name");

        Assert.NotNull(plan);
        Assert.Equal(["a", "b"], plan.Slots.Select(s => s.Variable).Order().ToArray());
    }

    [Theory]
    [InlineData("OPTIONAL MATCH (a)-[:R]->(m) RETURN a, count(m)")]
    [InlineData("MATCH (a)-[r:R]->(m) RETURN a, r, m, count(*)")]
    [InlineData("MATCH (a)-[:R]->(m) WHERE (m)-->() RETURN a, count(*)")]
    [InlineData("MATCH (a)-[:R]->(m) RETURN a, size([(m)-->(x) | x]), count(*)")]
    [InlineData("MATCH p = (a)-[:R]->(m) RETURN length(p), count(*)")]
    [InlineData("MATCH (a)-[rs:R*1..2]->(m) RETURN size(rs), count(*)")]
    [InlineData("MATCH (a)-[:R]->(m), (m)-[:S]->(b) RETURN a, count(*)")]
    [InlineData("MATCH (a)-[:R]->(m) RETURN a.name, m.name")]
    [InlineData("MATCH (a)-[:R]->(m)<-[:R]-(b) RETURN DISTINCT a, b LIMIT 3")]
    [InlineData("MATCH (a)-[:R]->(m) WHERE rand() < 0.5 RETURN count(*)")]
    [InlineData("MATCH (a)-[:R]->(m) RETURN a, collect(randomUUID())")]
    [InlineData("MATCH (i:M) RETURN collect(i.name)")]
    public void The_rewrite_is_not_applied_where_it_cannot_follow_the_reads(string cypher) =>
        Assert.Null(PlanFor(cypher));

    [Fact]
    public async Task Pairs_through_one_shared_node_are_counted_exactly()
    {
        // 300 agencies on one measure: 89,700 ordered pairs, but only the pair count per agency is kept.
        await Run("CREATE (:M {id: 1})");
        await Run("MATCH (m:M) UNWIND range(1, 300) AS i CREATE (:A {i: i})-[:R]->(m)");

        var result = await Run(
            "MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A) RETURN a.i % 3 AS bucket, count(*) AS pairs ORDER BY bucket",
            options: new QueryOptions(MaxRows: 10));

        Assert.Equal<object?[]>([[0L, 29_900L], [1L, 29_900L], [2L, 29_900L]], result.Rows.Select(r => r.ToArray()).ToArray());
    }

    private static FactorisedMatchPlan? PlanFor(string cypher)
    {
        var query = (SingleQuery)CypherFrontEnd.Parse(cypher);
        var match = (MatchClause)query.Clauses[0];
        var body = ((ReturnClause)query.Clauses[1]).Body;
        return FactorisedMatchPlan.TryCreate(match, body, projectionWhere: null, scope: []);
    }

    /// <summary>
    /// A small random graph: labels A/M, names from a few values (some missing), values of mixed kinds, weights, R
    /// and S relationships with parallels and self-loops.
    /// </summary>
    internal static string RandomGraph(int seed)
    {
        var random = new Random(seed);
        string[] names = ["x", "y", "z", "w"];
        // Values that group as equal in Cypher without being the same value (1 and 1.0, 0.0 and -0.0) and values
        // of several kinds; "" leaves the property out.
        string[] mixed = ["1", "1.0", "0.0", "-0.0", "'1'", "true", "[1, 2]", "[1.0, 2.0]", "2.5", "''", ""];
        var nodes = Enumerable.Range(0, 14).Select(i =>
        {
            var label = random.Next(3) switch { 0 => ":A", 1 => ":M", _ => ":A:M" };
            var name = random.Next(5) == 0 ? "" : $", name: '{names[random.Next(names.Length)]}'";
            var mix = mixed[random.Next(mixed.Length)];
            return $"(n{i}{label} {{v: {random.Next(200)}{name}{(mix.Length == 0 ? "" : ", mix: " + mix)}}})";
        });
        var relationships = Enumerable.Range(0, 40).Select(_ =>
        {
            var from = random.Next(14);
            var to = random.Next(6) == 0 ? from : random.Next(14);
            var type = random.Next(3) == 0 ? "S" : "R";
            return $"(n{from})-[:{type} {{w: {random.Next(3)}}}]->(n{to})";
        });
        return "CREATE " + string.Join(", ", nodes.Concat(relationships));
    }

    private static string Render(QueryResult result) =>
        string.Join("\n", result.Rows.Select(row => string.Join(" | ", row.Select(Render))));

    private static string Render(object? value) => value switch
    {
        null => "null",
        // Sums of doubles may round differently when rows arrive in another order. The type is printed: 1 and 1.0
        // group as equal but are different answers.
        double d => "Double:" + d.ToString("G12", System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable<object?> list when value is not string => "[" + string.Join(", ", list.Select(Render)) + "]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(e => e.Key).Select(e => $"{e.Key}: {Render(e.Value)}")) + "}",
        _ => $"{value.GetType().Name}:{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}",
    };
}
