using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;
using PolicyGraph.Neo4j.Tests.Support;

namespace PolicyGraph.Neo4j.Tests.RecordedResponses;

/// <summary>Implicit-transaction queries against recorded Query API responses: what is sent, what comes back.</summary>
public sealed class QueryRecordedResponsesTests
{
    internal static readonly Neo4jOptions Options = new()
    {
        Uri = new Uri("http://localhost:7474"),
        User = "neo4j",
        Password = "verysecret",
        InitialRetryDelay = TimeSpan.FromMilliseconds(1),
        ApplySchemaOnImport = false,
    };

    [Fact]
    public async Task A_read_query_is_posted_to_the_query_endpoint_in_typed_json_with_read_access_mode()
    {
        var handler = new RecordedHttpHandler().Respond("node-and-string.json");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        await backend.RunAsync("MATCH (p:Person {name: $name}) RETURN p AS person, p.name AS name",
            new Dictionary<string, object?> { ["name"] = "Phil" });

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2", request.Url);
        Assert.Equal("application/vnd.neo4j.query", request.Accept);
        Assert.Equal("application/vnd.neo4j.query", request.ContentType);
        // The documentation's own example credentials neo4j:verysecret encode to this value.
        Assert.Equal("Basic bmVvNGo6dmVyeXNlY3JldA==", request.Authorization);
        Assert.Equal("MATCH (p:Person {name: $name}) RETURN p AS person, p.name AS name", request.Json.Value<string>("statement"));
        Assert.Equal("Read", request.Json.Value<string>("accessMode"));
        Assert.True(request.Json.Value<bool>("includeCounters"));
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"name": {"$type": "String", "_value": "Phil"}}"""), request.Json["parameters"]));
    }

    [Fact]
    public async Task An_updating_query_goes_out_in_write_access_mode_and_the_database_name_is_escaped()
    {
        var handler = new RecordedHttpHandler().Respond("counters.json");
        await using var backend = new Neo4jGraphBackend(Options with { Database = "policy graph" }, handler: handler);

        var result = await backend.RunAsync("CREATE (n:Person {name: $name}) RETURN n.name", new Dictionary<string, object?> { ["name"] = "Peter" });

        var request = Assert.Single(handler.Requests);
        Assert.Equal("http://localhost:7474/db/policy%20graph/query/v2", request.Url);
        Assert.Equal("Write", request.Json.Value<string>("accessMode"));
        Assert.Equal(new QueryCounters(NodesCreated: 1, PropertiesSet: 1, LabelsAdded: 1), result.Counters);
        Assert.Equal("Peter", Assert.Single(Assert.Single(result.Rows)));
    }

    [Fact]
    public async Task Parameters_are_written_as_typed_values_keeping_64_bit_integers_and_dates()
    {
        var handler = new RecordedHttpHandler().Respond("counters.json");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);
        var rows = new object?[]
        {
            new Dictionary<string, object?> { ["id"] = "m:1", ["seq"] = 9_007_199_254_740_993L, ["score"] = 0.5, ["tags"] = new[] { "a", "b" } },
        };

        await backend.RunAsync("UNWIND $rows AS row RETURN row", new Dictionary<string, object?>
        {
            ["rows"] = rows, ["day"] = new DateOnly(2022, 3, 1), ["flag"] = true, ["missing"] = null, ["bytes"] = new byte[] { 3, 111, 191 },
        });

        var expected = JObject.Parse("""
            {
              "rows": {"$type": "List", "_value": [ {"$type": "Map", "_value": {
                 "id": {"$type": "String", "_value": "m:1"},
                 "seq": {"$type": "Integer", "_value": "9007199254740993"},
                 "score": {"$type": "Float", "_value": "0.5"},
                 "tags": {"$type": "List", "_value": [ {"$type": "String", "_value": "a"}, {"$type": "String", "_value": "b"} ]}
              }} ]},
              "day": {"$type": "Date", "_value": "2022-03-01"},
              "flag": {"$type": "Boolean", "_value": true},
              "missing": {"$type": "Null", "_value": null},
              "bytes": {"$type": "Base64", "_value": "A2+/"}
            }
            """);
        var sent = Assert.Single(handler.Requests).Json["parameters"];
        Assert.True(JToken.DeepEquals(expected, sent), sent!.ToString());
    }

    [Fact]
    public async Task A_parameter_without_a_neo4j_equivalent_is_refused_naming_where_it_sits()
    {
        var handler = new RecordedHttpHandler();
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => backend.RunAsync("RETURN $x",
            new Dictionary<string, object?> { ["x"] = new Dictionary<string, object?> { ["inner"] = new Uri("http://x") } }));

        Assert.Contains("$x.inner", error.Message);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_node_and_a_string_map_onto_the_shared_result_model()
    {
        var handler = new RecordedHttpHandler().Respond("node-and-string.json");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var result = await backend.RunAsync("MATCH (p:Person) RETURN p AS person, p.name AS name");

        Assert.Equal(["person", "name"], result.Columns);
        var row = Assert.Single(result.Rows);
        var node = Assert.IsType<NodeValue>(row[0]);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", node.ElementId);
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Phil", node.Properties["name"]);
        Assert.Equal("Phil", row[1]);
        Assert.Equal(QueryCounters.None, result.Counters);
        Assert.False(result.Truncated);
    }

    [Fact]
    public async Task Every_documented_typed_value_maps_to_the_decided_dotnet_value()
    {
        var handler = new RecordedHttpHandler().Respond("all-types.json");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var result = await backend.RunAsync("RETURN 1");
        var values = result.Columns.Zip(Assert.Single(result.Rows)).ToDictionary(p => p.First, p => p.Second);

        Assert.Null(values["null"]);
        Assert.Equal(true, values["boolean"]);
        Assert.Equal(123L, values["integer"]);
        Assert.Equal(9_007_199_254_740_993L, values["bigInteger"]);
        Assert.Equal(4.56, values["float"]);
        Assert.Equal(3.2e9, values["scientific"]);
        Assert.True(double.IsNaN(Assert.IsType<double>(values["nan"])));
        Assert.Equal("福州市商务局", values["string"]);
        Assert.Equal("A2+/", values["base64"]);
        Assert.Equal(new object?[] { "A", "B" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(values["list"]));
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(values["map"]);
        Assert.Equal("A", map["fieldA"]);
        Assert.Equal(7L, map["fieldB"]);
        Assert.Equal("2015-03-26", values["date"]);
        Assert.Equal("12:50:35.556+01:00", values["time"]);
        Assert.Equal("2015-11-21T21:40:32.142Z[Antarctica/Troll]", values["zonedDateTime"]);
        Assert.Equal("2015-07-04T19:32:24", values["localDateTime"]);
        Assert.Equal("P14DT16H12M", values["duration"]);
        Assert.Equal(SpatialPoint.Create(SpatialPoint.CartesianSrid, 1.2, 3.4), values["point"]);
    }

    [Fact]
    public async Task Relationships_and_paths_keep_their_endpoints_and_order()
    {
        var handler = new RecordedHttpHandler().Respond("all-types.json");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var result = await backend.RunAsync("RETURN 1");
        var row = Assert.Single(result.Rows);

        var rel = Assert.IsType<RelationshipValue>(row[result.Columns.ToList().IndexOf("relationship")]);
        Assert.Equal("LIKES", rel.Type);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:0", rel.StartElementId);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", rel.EndElementId);
        Assert.Equal("forever!", rel.Properties["since"]);
        var path = Assert.IsType<PathValue>(row[result.Columns.ToList().IndexOf("path")]);
        Assert.Equal(["Alice", "Phil"], path.Nodes.Select(n => n.Properties["name"]));
        Assert.Equal(42L, path.Nodes[0].Properties["age"]);
        Assert.Equal("LIKES", Assert.Single(path.Relationships).Type);
    }

    [Fact]
    public async Task MaxRows_keeps_the_first_rows_and_marks_the_result_truncated()
    {
        var handler = new RecordedHttpHandler().Respond("node-and-string.json");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var result = await backend.RunAsync("MATCH (p:Person) RETURN p AS person, p.name AS name", options: new QueryOptions(MaxRows: 0));

        Assert.Empty(result.Rows);
        Assert.True(result.Truncated);
    }

    [Fact]
    public async Task A_read_only_query_that_writes_is_refused_before_anything_is_sent()
    {
        var handler = new RecordedHttpHandler();
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var error = await Assert.ThrowsAsync<CypherException>(() =>
            backend.RunAsync("MATCH (n:Measure)\n  SET n.seen = true RETURN n", options: QueryOptions.Console));

        Assert.Equal("AccessModeError", error.Category);
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_read_only_query_may_not_make_the_server_load_files_or_urls()
    {
        var handler = new RecordedHttpHandler();
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var error = await Assert.ThrowsAsync<CypherException>(() =>
            backend.RunAsync("LOAD CSV FROM 'http://169.254.169.254/latest' AS line RETURN line", options: QueryOptions.Console));

        Assert.Equal("AccessModeError", error.Category);
        Assert.StartsWith("LOAD CSV at line 1, column 1 makes the server read files or URLs", error.Message);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_query_slower_than_its_timeout_fails_with_QueryTimeout()
    {
        var handler = new RecordedHttpHandler().RespondAfter(TimeSpan.FromSeconds(30), "node-and-string.json");
        await using var backend = new Neo4jGraphBackend(Options, handler: handler);

        var error = await Assert.ThrowsAsync<CypherException>(() =>
            backend.RunAsync("MATCH (p:Person) RETURN p AS person, p.name AS name", options: new QueryOptions(Timeout: TimeSpan.FromMilliseconds(50))));

        Assert.Equal("QueryTimeout", error.Detail);
    }
}
