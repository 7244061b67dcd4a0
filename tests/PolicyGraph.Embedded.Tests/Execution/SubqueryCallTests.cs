using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>CALL { } subqueries: run per row, see only what they import, append their columns (unit subqueries do not).</summary>
public sealed class SubqueryCallTests : QueryTestBase
{
    private Task Seed() => Run("""
        CREATE (a:Agency {name: 'a'}), (b:Agency {name: 'b'}), (c:Agency {name: 'c'}), (z:Zone {name: 'z'}),
               (m1:Measure {n: 1}), (m2:Measure {n: 2}), (m3:Measure {n: 3}),
               (a)-[:R]->(m1), (a)-[:R]->(m2), (b)-[:R]->(m3)
        """);

    private async Task<string> Rows(string cypher, QueryOptions? options = null)
    {
        var result = await Run(cypher, options: options);
        return string.Join(" ", result.Rows.Select(r => string.Join(":", r.Select(v => v?.ToString() ?? "null"))));
    }

    [Fact]
    public async Task An_importing_with_correlates_the_subquery_with_each_row()
    {
        await Seed();

        var rows = await Rows("""
            MATCH (x:Agency)
            CALL { WITH x MATCH (x)-[:R]->(m) RETURN count(m) AS measures }
            RETURN x.name, measures ORDER BY x.name
            """);

        Assert.Equal("a:2 b:1 c:0", rows);
    }

    [Fact]
    public async Task The_scope_clause_form_imports_the_listed_variables()
    {
        await Seed();

        var rows = await Rows("MATCH (x:Agency) CALL (x) { MATCH (x)-[:R]->(m) RETURN m.n AS n } RETURN x.name, n ORDER BY n");

        // Rows whose subquery returns nothing are dropped, several results multiply the row.
        Assert.Equal("a:1 a:2 b:3", rows);
    }

    [Fact]
    public async Task Call_star_imports_every_outer_variable()
    {
        await Seed();

        var rows = await Rows("MATCH (x:Agency) CALL (*) { MATCH (x)-[:R]->(m) RETURN count(m) AS measures } RETURN x.name, measures ORDER BY x.name");

        Assert.Equal("a:2 b:1 c:0", rows);
    }

    [Fact]
    public async Task A_variable_that_is_not_imported_is_a_new_variable_inside()
    {
        await Seed();

        var rows = await Rows("MATCH (x:Agency {name: 'a'}) CALL { MATCH (x) RETURN count(x) AS everything } RETURN everything");

        Assert.Equal("7", rows);
    }

    [Fact]
    public async Task Union_branches_import_on_their_own()
    {
        await Seed();

        var rows = await Rows("""
            MATCH (x:Agency {name: 'b'})
            CALL {
              WITH x MATCH (x)-[:R]->(m) RETURN m.n AS v
              UNION
              MATCH (z:Zone) RETURN z.name AS v
            }
            RETURN v ORDER BY toString(v)
            """);

        Assert.Equal("3 z", rows);
    }

    [Fact]
    public async Task Return_star_inside_adds_its_columns_to_the_outer_scope()
    {
        await Seed();

        var star = await Run("CALL { MATCH (z:Zone) RETURN * } RETURN *");
        var later = await Rows("CALL { MATCH (q:Agency) RETURN * } OPTIONAL MATCH (q)-->(none:Nope) RETURN q.name, none ORDER BY q.name");

        Assert.Equal(["z"], star.Columns);
        Assert.Equal("a:null b:null c:null", later);
    }

    [Fact]
    public async Task A_unit_subquery_writes_once_per_row_and_keeps_the_rows()
    {
        await Seed();

        var rows = await Rows("MATCH (x:Agency) CALL { WITH x CREATE (:Log {of: x.name}) } RETURN count(*) AS agencies");

        Assert.Equal("3", rows);
        Assert.Equal(["a", "b", "c"], await Column("MATCH (l:Log) RETURN l.of ORDER BY l.of"));
    }

    [Fact]
    public async Task The_read_only_console_refuses_a_subquery_that_writes()
    {
        await Seed();

        var error = await Fails(() => Run("MATCH (x:Agency) CALL { WITH x SET x.touched = true } RETURN count(*)",
            options: new QueryOptions(ReadOnly: true)));

        Assert.Equal("WriteInReadOnlyQuery", error.Detail);
        Assert.Equal(0L, await Scalar("MATCH (x) WHERE x.touched RETURN count(x)"));
    }
}
