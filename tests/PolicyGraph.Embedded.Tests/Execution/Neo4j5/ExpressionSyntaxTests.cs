namespace PolicyGraph.Embedded.Tests.Execution.Neo4j5;

/// <summary>Neo4j 5 expression syntax on the embedded engine; every expected value is worked out by hand.</summary>
public sealed class ExpressionSyntaxTests : QueryTestBase
{
    [Theory]
    [InlineData("RETURN 'Neo' || '4j' AS v", "Neo4j")]
    [InlineData("RETURN 'a' || 'b' + 'c' AS v", "abc")]
    [InlineData("RETURN trim(BOTH 'x' FROM 'xxhixx') AS v", "hi")]
    [InlineData("RETURN trim(LEADING 'x' FROM 'xxhixx') AS v", "hixx")]
    [InlineData("RETURN trim(TRAILING 'x' FROM 'xxhixx') AS v", "xxhi")]
    [InlineData("RETURN trim('x' FROM 'xxhixx') AS v", "hi")]
    [InlineData("RETURN trim(LEADING FROM '  hi  ') AS v", "hi  ")]
    [InlineData("RETURN trim('  hi  ') AS v", "hi")]
    [InlineData("RETURN ltrim('xyxhi', 'xy') AS v", "hi")]
    [InlineData("RETURN rtrim('hixyy', 'xy') AS v", "hi")]
    [InlineData("RETURN normalize('\\u0041\\u030A', NFC) AS v", "\u00C5")]
    [InlineData("RETURN normalize('\\u00C5', NFD) AS v", "A\u030A")]
    [InlineData("RETURN normalize('\\uFB01') AS v", "\uFB01")]
    [InlineData("RETURN normalize('\\uFB01', NFKC) AS v", "fi")]
    public async Task String_forms_give_the_hand_worked_value(string query, string expected)
    {
        Assert.Equal(expected, await Scalar(query));
    }

    [Fact]
    public async Task Concatenating_lists_joins_them_and_null_gives_null()
    {
        Assert.Equal(new object?[] { 1L, 2L, 3L }, (IEnumerable<object?>)(await Scalar("RETURN [1] || [2, 3] AS v"))!);
        Assert.Null(await Scalar("RETURN 'a' || null AS v"));
    }

    [Fact]
    public async Task Concatenating_a_number_is_a_type_error_at_run_time()
    {
        var error = await Fails(() => Run("RETURN 'a' || $n AS v", new { n = 1L }));
        Assert.Equal("TypeError", error.Category);
    }

    [Fact]
    public async Task Concatenating_a_known_number_is_refused_before_running()
    {
        var error = await Fails(() => Run("WITH 1 AS n RETURN 'a' || n AS v"));
        Assert.Equal(("SyntaxError", "InvalidArgumentType"), (error.Category, error.Detail));
    }

    [Theory]
    [InlineData("RETURN 1 IS :: INTEGER AS v", true)]
    [InlineData("RETURN 1 :: INTEGER AS v", true)]
    [InlineData("RETURN 1.5 IS :: INTEGER AS v", false)]
    [InlineData("RETURN 1.5 IS NOT :: INTEGER AS v", true)]
    [InlineData("RETURN null IS :: INTEGER AS v", true)]
    [InlineData("RETURN null IS :: INTEGER NOT NULL AS v", false)]
    [InlineData("RETURN null IS TYPED NOTHING AS v", false)]
    [InlineData("RETURN 'a' IS TYPED STRING AS v", true)]
    [InlineData("RETURN 'a' IS NOT TYPED BOOLEAN AS v", true)]
    [InlineData("RETURN [1, 2] IS :: LIST<INTEGER> AS v", true)]
    [InlineData("RETURN [1, 'a'] IS :: LIST<INTEGER> AS v", false)]
    [InlineData("RETURN [1, 'a'] IS :: LIST<INTEGER | STRING> AS v", true)]
    [InlineData("RETURN [] IS :: LIST<NOTHING> AS v", true)]
    [InlineData("RETURN 2.0 IS :: INTEGER | FLOAT AS v", true)]
    [InlineData("RETURN 2.0 IS :: ANY<INTEGER | STRING> AS v", false)]
    [InlineData("RETURN date('2024-01-01') IS :: DATE AS v", true)]
    [InlineData("RETURN datetime('2024-01-01T00:00Z') IS :: ZONED DATETIME AS v", true)]
    [InlineData("RETURN localdatetime('2024-01-01T00:00') IS :: TIMESTAMP WITHOUT TIME ZONE AS v", true)]
    [InlineData("RETURN {a: 1} IS :: MAP AS v", true)]
    [InlineData("RETURN [1, 2] IS :: PROPERTY VALUE AS v", true)]
    [InlineData("RETURN [1, 'a'] IS :: PROPERTY VALUE AS v", false)]
    [InlineData("RETURN 3 IS :: ANY AS v", true)]
    public async Task Type_predicates_test_the_value_type(string query, bool expected)
    {
        Assert.Equal(expected, await Scalar(query));
    }

    [Fact]
    public async Task A_type_predicate_on_nodes_and_relationships_tests_the_entity_kind()
    {
        await Run("CREATE (:A)-[:R]->(:B)");

        var result = await Run("MATCH (a)-[r]->() RETURN a IS :: NODE AS n, r IS :: RELATIONSHIP AS r, a IS :: MAP AS m");

        Assert.Equal([true, true, false], result.Rows.Single().ToArray());
    }

    [Theory]
    [InlineData("RETURN '\\u212B' IS NORMALIZED AS v", false)]
    [InlineData("RETURN '\\u00C5' IS NORMALIZED AS v", true)]
    [InlineData("RETURN '\\u00C5' IS NFD NORMALIZED AS v", false)]
    [InlineData("RETURN '\\u00C5' IS NOT NFD NORMALIZED AS v", true)]
    [InlineData("RETURN 'abc' IS NFKC NORMALIZED AS v", true)]
    public async Task Normalization_predicates_compare_with_the_normal_form(string query, bool expected)
    {
        Assert.Equal(expected, await Scalar(query));
    }

    [Theory]
    [InlineData("RETURN null IS NORMALIZED AS v")]
    [InlineData("RETURN 1 IS NORMALIZED AS v")]
    [InlineData("RETURN [1] IS NOT NORMALIZED AS v")]
    public async Task A_normalization_predicate_on_anything_but_a_string_is_null(string query)
    {
        Assert.Null(await Scalar(query));
    }

    [Fact]
    public async Task Extended_simple_case_compares_the_test_with_each_operator()
    {
        var values = await Column(
            "UNWIND [null, 'x', 0, 5, 50] AS x RETURN CASE x WHEN IS NULL, IS NOT TYPED INTEGER THEN 'unknown' " +
            "WHEN = 0 THEN 'zero' WHEN < 10 THEN 'small' ELSE 'big' END AS v");

        Assert.Equal(["unknown", "unknown", "zero", "small", "big"], values);
    }

    [Theory]
    [InlineData("RETURN isNaN(0.0 / 0.0) AS v", true)]
    [InlineData("RETURN isNaN(1.5) AS v", false)]
    [InlineData("RETURN isNaN(3) AS v", false)]
    public async Task IsNaN_is_true_only_for_not_a_number(string query, bool expected)
    {
        Assert.Equal(expected, await Scalar(query));
    }

    [Fact]
    public async Task A_case_alternative_may_list_several_values()
    {
        var values = await Column("UNWIND [1, 2, 3, 4] AS x RETURN CASE x WHEN 1, 2 THEN 'low' WHEN 3 THEN 'three' ELSE 'high' END AS v");

        Assert.Equal(["low", "low", "three", "high"], values);
    }

    [Fact]
    public async Task Count_all_counts_like_count()
    {
        Assert.Equal(2L, await Scalar("UNWIND [1, null, 1] AS x RETURN count(ALL x) AS v"));
    }
}
