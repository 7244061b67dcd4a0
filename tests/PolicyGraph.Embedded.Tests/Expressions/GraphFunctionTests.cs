using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Tests.Values;
using PolicyGraph.Embedded.Values;
using static PolicyGraph.Embedded.Tests.Expressions.FunctionHarness;

namespace PolicyGraph.Embedded.Tests.Expressions;

public class GraphFunctionTests
{
    private readonly TestGraph graph = new();
    private readonly NodeRef policy;
    private readonly NodeRef agency;
    private readonly RelationshipRef issued;

    public GraphFunctionTests()
    {
        policy = graph.AddNode(["Policy", "Law"], ("title", "个人信息保护法"), ("year", 2021L));
        agency = graph.AddNode(["Agency"]);
        issued = graph.AddRelationship(agency, "ISSUED", policy, ("order", 1L));
    }

    [Fact]
    public void Labels_type_and_endpoints()
    {
        Assert.Equal(new object?[] { "Policy", "Law" }, (IEnumerable<object?>)Call(graph, "labels", policy)!);
        Assert.Equal("ISSUED", Call(graph, "type", issued));
        Assert.Equal(agency, Call(graph, "startNode", issued));
        Assert.Equal(policy, Call(graph, "endNode", issued));
        Assert.Equal(policy.Id, Call(graph, "id", policy));
    }

    [Fact]
    public void Keys_and_properties_of_entities_and_maps()
    {
        Assert.Equal(new object?[] { "title", "year" }, ((IEnumerable<object?>)Call(graph, "keys", policy)!).Order());
        Assert.Equal(1L, ((IReadOnlyDictionary<string, object?>)Call(graph, "properties", issued)!)["order"]);
        Assert.Equal(new object?[] { "k" }, (IEnumerable<object?>)Call(graph, "keys", V.Map(("k", null)))!);
    }

    [Fact]
    public void Path_functions()
    {
        var path = new PathRef([agency, policy], [issued]);
        Assert.Equal(1L, Call(graph, "length", path));
        Assert.Equal(new object?[] { agency, policy }, (IEnumerable<object?>)Call(graph, "nodes", path)!);
        Assert.Equal(new object?[] { issued }, (IEnumerable<object?>)Call(graph, "relationships", path)!);
    }

    [Fact]
    public void Wrong_entity_kinds_are_invalid_argument_values()
    {
        // TCK Graph3 [9] and Graph4 [6].
        Assert.Equal("InvalidArgumentValue", Assert.Throws<CypherException>(() => Call(graph, "labels", 1L)).Detail);
        Assert.Equal("InvalidArgumentValue", Assert.Throws<CypherException>(() => Call(graph, "type", policy)).Detail);
        Assert.Null(Call(graph, "labels", (object?)null));
    }

    [Fact]
    public void Reading_labels_of_a_deleted_node_is_an_entity_not_found_error()
    {
        graph.Delete(policy);
        var error = Assert.Throws<CypherException>(() => Call(graph, "labels", policy));
        Assert.Equal(("EntityNotFound", "DeletedEntityAccess"), (error.Category, error.Detail));
    }
}
