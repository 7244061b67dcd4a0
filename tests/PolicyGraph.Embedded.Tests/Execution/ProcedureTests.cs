using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Execution;

namespace PolicyGraph.Embedded.Tests.Execution;

public sealed class ProcedureTests : QueryTestBase
{
    [Fact]
    public async Task Built_in_procedures_list_what_the_graph_uses()
    {
        await Run("CREATE (:Doc {title: 't'})-[:CITES {page: 3}]->(:Law)");

        Assert.Equal(["Doc", "Law"], await Column("CALL db.labels()"));
        Assert.Equal(["CITES"], await Column("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"));
        Assert.Equal(["page", "title"], await Column("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey"));
    }

    [Fact]
    public async Task Built_in_procedures_are_allowed_in_read_only_mode()
    {
        var result = await Run("CALL db.labels()", options: new QueryOptions(ReadOnly: true));

        Assert.Equal(["label"], result.Columns);
    }

    [Fact]
    public void Signatures_parse_the_neo4j_notation()
    {
        var signature = ProcedureSignature.Parse("test.my.proc(name :: STRING?, in :: INTEGER?) :: (out :: FLOAT?)");

        Assert.Equal("test.my.proc", signature.Name);
        Assert.Equal(["name", "in"], signature.Inputs.Select(i => i.Name));
        Assert.Equal("FLOAT?", Assert.Single(signature.Outputs).Type);
        Assert.Throws<FormatException>(() => ProcedureSignature.Parse("not a signature"));
    }

    [Fact]
    public async Task A_registered_procedure_answers_with_yield_rename_and_where()
    {
        Register("test.city(name :: STRING?) :: (city :: STRING?, code :: INTEGER?)",
            ["Ann", "Oslo", 47L], ["Ann", "Bergen", 47L], ["Bob", "Lund", 46L]);

        var result = await Run("UNWIND ['Ann', 'Bob'] AS who CALL test.city(who) YIELD city AS c, code WHERE code = 47 RETURN who, c");

        Assert.Equal([["Ann", "Oslo"], ["Ann", "Bergen"]], result.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public async Task Standalone_call_returns_every_output_and_takes_implicit_arguments_from_parameters()
    {
        Register("test.city(name :: STRING?) :: (city :: STRING?, code :: INTEGER?)", ["Ann", "Oslo", 47L]);

        var result = await Run("CALL test.city", new { name = "Ann" });

        Assert.Equal(["city", "code"], result.Columns);
        Assert.Equal(["Oslo", 47L], Assert.Single(result.Rows));
    }

    [Fact]
    public async Task Calls_are_checked_before_running()
    {
        Register("test.number(in :: INTEGER?) :: (out :: STRING?)", [1L, "one"]);

        var count = await Fails(() => Run("CALL test.number(1, 2)"));
        var type = await Fails(() => Run("CALL test.number('x')"));
        var implicitInQuery = await Fails(() => Run("WITH 1 AS x CALL test.number YIELD out RETURN out"));

        Assert.Equal("InvalidNumberOfArguments", count.Detail);
        Assert.Equal("InvalidArgumentType", type.Detail);
        Assert.Equal("InvalidArgumentPassingMode", implicitInQuery.Detail);
    }

    [Fact]
    public async Task A_void_procedure_passes_each_row_through_once()
    {
        Backend.Procedures.Register(new Procedure(ProcedureSignature.Parse("test.noop() :: ()"), (_, _) => []));

        var values = await Column("UNWIND [1, 2, 3] AS x CALL test.noop() RETURN x");

        Assert.Equal([1L, 2L, 3L], values);
    }

    private void Register(string signature, params object?[][] rows) =>
        Backend.Procedures.Register(Procedure.FromTable(ProcedureSignature.Parse(signature), rows));
}
