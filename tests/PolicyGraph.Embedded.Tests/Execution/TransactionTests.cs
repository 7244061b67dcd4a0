namespace PolicyGraph.Embedded.Tests.Execution;

public sealed class TransactionTests : QueryTestBase
{
    [Fact]
    public async Task A_query_failing_halfway_leaves_the_graph_as_it_was()
    {
        await Run("CREATE (:Keep {v: 1})");

        var error = await Fails(() => Run("UNWIND [1, 2, 0] AS d CREATE (:Temp {v: 10 / d})"));

        Assert.Equal("DivisionByZero", error.Detail);
        Assert.Equal(0L, await Scalar("MATCH (t:Temp) RETURN count(t)"));
        Assert.Equal(1L, await Scalar("MATCH (k:Keep) RETURN count(k)"));
    }

    [Fact]
    public async Task A_failing_delete_keeps_the_nodes_and_relationships()
    {
        await Run("CREATE (:A)-[:T]->(:B)");

        var error = await Fails(() => Run("MATCH (a:A) DELETE a"));

        Assert.Equal("DeleteConnectedNode", error.Detail);
        Assert.Equal(1L, await Scalar("MATCH ()-[r:T]->() RETURN count(r)"));
    }

    [Fact]
    public async Task Later_clauses_see_earlier_writes_of_the_same_query()
    {
        var count = await Scalar("CREATE (:A), (:A) WITH 1 AS one MATCH (a:A) RETURN count(a)");

        Assert.Equal(2L, count);
    }

    [Fact]
    public async Task A_match_does_not_see_nodes_created_for_its_own_rows()
    {
        await Run("CREATE (:A), (:A)");

        await Run("MATCH (a:A) CREATE (:A)");

        Assert.Equal(4L, await Scalar("MATCH (a:A) RETURN count(a)"));
    }

    [Fact]
    public async Task Counters_report_observable_changes()
    {
        await Run("CREATE (:Old {k: 1})");

        var result = await Run("MATCH (o:Old) SET o.k = 2, o:New CREATE (n:Tmp)-[:R]->(o) DETACH DELETE n");

        Assert.Equal(0, result.Counters.NodesCreated);
        Assert.Equal(0, result.Counters.RelationshipsCreated);
        Assert.Equal(1, result.Counters.LabelsAdded);
        Assert.True(result.Counters.PropertiesSet >= 1);
    }

    [Fact]
    public async Task Returning_a_node_deleted_by_the_query_renders_its_last_state()
    {
        await Run("CREATE (:Gone {name: 'x'})");

        var result = await Run("MATCH (n:Gone) DETACH DELETE n RETURN n");

        var node = Assert.IsType<Core.Querying.NodeValue>(Assert.Single(result.Rows)[0]);
        Assert.Equal("x", node.Properties["name"]);
        Assert.Equal(1, result.Counters.NodesDeleted);
    }

    [Fact]
    public async Task Reading_a_property_of_a_deleted_node_fails()
    {
        await Run("CREATE (:Gone {name: 'x'})");

        var error = await Fails(() => Run("MATCH (n:Gone) DELETE n RETURN n.name"));

        Assert.Equal("DeletedEntityAccess", error.Detail);
        Assert.Equal(1L, await Scalar("MATCH (n:Gone) RETURN count(n)"));
    }
}
