using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Tests.Storage;

public sealed class IndexAndConstraintTests
{
    private static readonly IndexDefinition UniqueCode = new("unique_code", "Measure", "code", Unique: true);

    [Fact]
    public void A_unique_constraint_rejects_a_second_node_with_the_same_value()
    {
        using var store = new GraphStore();
        store.Write(t => t.CreateSchema(UniqueCode, ifNotExists: false));
        store.Write(t => t.CreateNode(["Measure"], [new("code", "M-1")]));

        var error = Assert.Throws<CypherException>(() => store.Write(t => t.CreateNode(["Measure"], [new("code", "M-1")])));

        Assert.Equal("ConstraintValidationFailed", error.Category);
        Assert.Equal(1, store.Current.NodeCount);
    }

    [Fact]
    public void Uniqueness_treats_integral_floats_as_the_same_number()
    {
        using var store = new GraphStore();
        store.Write(t => t.CreateSchema(UniqueCode, ifNotExists: false));
        store.Write(t => t.CreateNode(["Measure"], [new("code", 7L)]));

        Assert.Throws<CypherException>(() => store.Write(t => t.CreateNode(["Measure"], [new("code", 7.0)])));
    }

    [Fact]
    public void Creating_a_constraint_over_duplicates_fails_and_keeps_the_old_schema()
    {
        using var store = new GraphStore();
        store.Write(t =>
        {
            t.CreateNode(["Measure"], [new("code", "dup")]);
            return t.CreateNode(["Measure"], [new("code", "dup")]);
        });

        Assert.Throws<CypherException>(() => store.Write(t => t.CreateSchema(UniqueCode, ifNotExists: false)));

        Assert.Empty(store.Current.Schema.Definitions);
    }

    [Fact]
    public void If_not_exists_makes_a_repeated_definition_a_no_op()
    {
        using var store = new GraphStore();
        store.Write(t => t.CreateSchema(UniqueCode, ifNotExists: true));

        var changed = store.Write(t => t.CreateSchema(UniqueCode with { Name = "other name" }, ifNotExists: true));
        var error = Assert.Throws<CypherException>(() => store.Write(t => t.CreateSchema(UniqueCode, ifNotExists: false)));

        Assert.False(changed);
        Assert.Equal("EquivalentSchemaRuleAlreadyExists", error.Detail);
        Assert.Single(store.Current.Schema.Definitions);
    }

    [Fact]
    public void A_property_index_answers_equality_lookups_and_follows_updates()
    {
        using var store = new GraphStore();
        store.Write(t => t.CreateSchema(new IndexDefinition("by_year", "Doc", "year", Unique: false), ifNotExists: false));
        var (first, second) = store.Write(t => (t.CreateNode(["Doc"], [new("year", 2021L)]), t.CreateNode(["Doc"], [new("year", 2022L)])));

        store.Write(t =>
        {
            t.SetNodeProperty(second, "year", 2021L);
            return true;
        });

        var found = store.BeginRead().NodesWithProperty("Doc", "year", 2021L);
        Assert.NotNull(found);
        Assert.Equal([first, second], found.Order());
        Assert.Empty(store.BeginRead().NodesWithProperty("Doc", "year", 2022L)!);
    }

    [Fact]
    public void Every_node_id_is_indexed_without_declaring_anything()
    {
        using var store = new GraphStore();
        var node = store.Write(t => t.CreateNode(["Policy"], [new("id", "policy-1")]));

        var view = store.BeginRead();

        Assert.Equal([node], view.NodesWithProperty(null, "id", "policy-1")!);
        Assert.Equal([node], view.NodesWithProperty("Policy", "id", "policy-1")!);
        Assert.Empty(view.NodesWithProperty("Other", "id", "policy-1")!);
        Assert.Null(view.NodesWithProperty("Policy", "title", "x"));
    }

    [Fact]
    public void Index_lookups_see_the_transactions_own_writes()
    {
        using var store = new GraphStore();

        var found = store.Write(t =>
        {
            var node = t.CreateNode(["Policy"], [new("id", "fresh")]);
            return (node, t.NodesWithProperty("Policy", "id", "fresh")!.ToList());
        });

        Assert.Equal([found.node], found.Item2);
    }

    [Fact]
    public void Edits_that_leave_indexed_values_alone_share_the_index_with_the_previous_snapshot()
    {
        using var store = new GraphStore();
        var node = store.Write(t => t.CreateNode(["Policy"], [new("id", "p-1"), new("note", "a")]));
        var before = store.Current.PropertyIndexes[IndexDefinition.ImplicitId.Name];

        store.Write(t =>
        {
            t.SetNodeProperty(node, "note", "b");
            return t.AddLabel(node, "Reviewed");
        });

        Assert.Same(before, store.Current.PropertyIndexes[IndexDefinition.ImplicitId.Name]);
        Assert.Equal([node], store.BeginRead().NodesWithProperty("Reviewed", "id", "p-1")!);
    }
}
