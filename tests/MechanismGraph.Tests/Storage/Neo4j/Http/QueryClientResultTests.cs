using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Testing.Neo4jFake;

namespace MechanismGraph.Tests.Storage.Neo4j.Http;

public sealed class QueryClientResultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TypedScalars_DecodeToDotNetValues_WithIntegersBeyond2Pow53Exact()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Answer("RETURN $values", """
            {"fields":["nothing","yes","big","min","ratio","nan","text","bytes","list","map"],
             "values":[[
               {"$type":"Null","_value":null},
               {"$type":"Boolean","_value":true},
               {"$type":"Integer","_value":"9007199254740993"},
               {"$type":"Integer","_value":"-9223372036854775808"},
               {"$type":"Float","_value":"4.56"},
               {"$type":"Float","_value":"NaN"},
               {"$type":"String","_value":"Kétamine"},
               {"$type":"Base64","_value":"AQL/"},
               {"$type":"List","_value":[{"$type":"Integer","_value":"1"},{"$type":"String","_value":"two"},{"$type":"Null","_value":null}]},
               {"$type":"Map","_value":{"k":{"$type":"Integer","_value":"123"},"nested":{"$type":"List","_value":[]}}}
             ]]}
            """);

        var row = Assert.Single((await fake.Client().RunAsync("RETURN $values", null, Neo4jAccessMode.Read, Ct)).Rows);

        Assert.Null(row["nothing"]);
        Assert.Equal(true, row["yes"]);
        Assert.Equal(9007199254740993L, row["big"]);
        Assert.Equal(long.MinValue, row["min"]);
        Assert.Equal(4.56, row["ratio"]);
        Assert.True(double.IsNaN(row.Get<double>("nan")));
        Assert.Equal("Kétamine", row["text"]);
        Assert.Equal(new byte[] { 1, 2, 255 }, row["bytes"]);
        Assert.Equal(new object?[] { 1L, "two", null }, Assert.IsType<List<object?>>(row["list"]));
        var map = Assert.IsType<Dictionary<string, object?>>(row["map"]);
        Assert.Equal(123L, map["k"]);
        Assert.Empty(Assert.IsType<List<object?>>(map["nested"]));
    }

    [Fact]
    public async Task TemporalDurationAndPoint_AreKeptAsNeo4jText()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Answer("RETURN $t", """
            {"fields":["day","zoned","span","where"],"values":[[
              {"$type":"Date","_value":"2015-03-26"},
              {"$type":"ZonedDateTime","_value":"2015-11-21T21:40:32.142000001Z[Antarctica/Troll]"},
              {"$type":"Duration","_value":"P14DT16H12M"},
              {"$type":"Point","_value":"SRID=4326;POINT (1.2 3.4)"}
            ]]}
            """);

        var row = Assert.Single((await fake.Client().RunAsync("RETURN $t", null, Ct)).Rows);

        Assert.Equal(new Neo4jTextValue("Date", "2015-03-26"), row["day"]);
        Assert.Equal(new Neo4jTextValue("ZonedDateTime", "2015-11-21T21:40:32.142000001Z[Antarctica/Troll]"), row["zoned"]);
        Assert.Equal(new Neo4jTextValue("Duration", "P14DT16H12M"), row["span"]);
        Assert.Equal(new Neo4jTextValue("Point", "SRID=4326;POINT (1.2 3.4)"), row["where"]);
    }

    [Fact]
    public async Task NodesRelationshipsAndPaths_DecodeWithTheirProperties()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        const string ketamine = """{"$type":"Node","_value":{"_element_id":"4:db:1","_labels":["Entity","Drug"],"_properties":{"id":{"$type":"String","_value":"ketamine"}}}}""";
        const string inhibits = """{"$type":"Relationship","_value":{"_element_id":"5:db:7","_start_node_element_id":"4:db:1","_end_node_element_id":"4:db:2","_type":"INHIBITS","_properties":{"confidence":{"$type":"Float","_value":"0.9"}}}}""";
        const string receptor = """{"$type":"Node","_value":{"_element_id":"4:db:2","_labels":["Entity"],"_properties":{}}}""";
        fake.Answer("MATCH p = (a)-[r]->(b) RETURN a, r, p", $$"""
            {"fields":["a","r","p"],"values":[[{{ketamine}},{{inhibits}},{"$type":"Path","_value":[{{ketamine}},{{inhibits}},{{receptor}}]}]]}
            """);

        var row = Assert.Single((await fake.Client().RunAsync("MATCH p = (a)-[r]->(b) RETURN a, r, p", null, Ct)).Rows);

        var node = row.Get<Neo4jNode>("a");
        Assert.Equal("4:db:1", node.ElementId);
        Assert.Equal(["Entity", "Drug"], node.Labels);
        Assert.Equal("ketamine", node.Properties["id"]);
        var relationship = row.Get<Neo4jRelationship>("r");
        Assert.Equal(("5:db:7", "4:db:1", "4:db:2", "INHIBITS"), (relationship.ElementId, relationship.StartNodeElementId, relationship.EndNodeElementId, relationship.Type));
        Assert.Equal(0.9, relationship.Properties["confidence"]);
        var path = row.Get<Neo4jPath>("p");
        Assert.Equal(["4:db:1", "4:db:2"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal("INHIBITS", Assert.Single(path.Relationships).Type);
        Assert.Empty(path.Nodes[1].Properties);
    }

    [Fact]
    public async Task ColumnHelpers_ReadByName_AndAMissingFieldListsTheFieldsThereAre()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Answer("MATCH (e) RETURN e.id AS id, e.hops AS hops, e.aliases AS aliases", """
            {"fields":["id","hops","aliases"],"values":[
              [{"$type":"String","_value":"ketamine"},{"$type":"Integer","_value":"2"},{"$type":"List","_value":[{"$type":"String","_value":"Ketalar"}]}],
              [{"$type":"String","_value":"glutamate"},{"$type":"Integer","_value":"3"},{"$type":"Null","_value":null}]
            ]}
            """);

        var result = await fake.Client().RunAsync("MATCH (e) RETURN e.id AS id, e.hops AS hops, e.aliases AS aliases", null, Ct);

        Assert.Equal(["id", "hops", "aliases"], result.Fields);
        Assert.Equal(["ketamine", "glutamate"], result.Column<string>("id"));
        Assert.Equal([2, 3], result.Column<int>("hops"));
        Assert.Equal(["Ketalar"], result.Rows[0].GetList<string>("aliases"));
        Assert.Empty(result.Rows[1].GetList<string>("aliases"));
        var missing = Assert.Throws<KeyNotFoundException>(() => result.Rows[0]["name"]);
        Assert.Equal("The result has no field 'name'; its fields are: id, hops, aliases.", missing.Message);
        var wrongType = Assert.Throws<InvalidCastException>(() => result.Rows[0].Get<string>("hops"));
        Assert.Equal("Field 'hops' holds an Integer, not String.", wrongType.Message);
    }

    [Fact]
    public async Task FlatValuesArray_AsSomeDocPagesShowIt_IsCutIntoRows()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Answer("RETURN 1 AS a, 'x' AS b", """{"fields":["a","b"],"values":[{"$type":"Integer","_value":"1"},{"$type":"String","_value":"x"}]}""");

        var result = await fake.Client().RunAsync("RETURN 1 AS a, 'x' AS b", null, Ct);

        Assert.Equal((1L, "x"), (result.Single<long>("a"), result.Single<string>("b")));
    }

    [Fact]
    public async Task Counters_AreRequested_AndTellWhetherARunChangedAnything()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        const string merge = "MERGE (e:Entity {id: $id}) SET e.name = $name";
        fake.Answer(merge, """{"fields":[],"values":[]}""", """
            {"containsUpdates":true,"nodesCreated":1,"nodesDeleted":0,"propertiesSet":2,"relationshipsCreated":0,"relationshipsDeleted":0,"labelsAdded":1,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,"constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0}
            """);
        var client = fake.Client();
        var parameters = new Dictionary<string, object?> { ["id"] = "ketamine", ["name"] = "Ketamine" };

        var first = await client.RunAsync(merge, parameters, Ct);
        fake.Answer(merge, """{"fields":[],"values":[]}""");
        var second = await client.RunAsync(merge, parameters, Ct);

        Assert.Equal(QueryCounters.None with { ContainsUpdates = true, NodesCreated = 1, PropertiesSet = 2, LabelsAdded = 1 }, first.Counters);
        Assert.Equal(QueryCounters.None, second.Counters);
        Assert.Equal(first.Counters, first.Counters! + second.Counters!);
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"], first.Bookmarks);
        Assert.All(fake.Requests, r => Assert.True(r.Json.GetProperty("includeCounters").GetBoolean()));
    }

    [Fact]
    public async Task Request_UsesTypedJsonBothWays_BasicAuth_AndTheDatabasePath()
    {
        await using var fake = await FakeQueryApi.StartAsync();

        await fake.Client(o => o.Database = "mechanisms").RunAsync("RETURN $n", new Dictionary<string, object?> { ["n"] = 1L << 60 }, Ct);

        var request = Assert.Single(fake.Requests);
        Assert.Equal(("POST", "/db/mechanisms/query/v2"), (request.Method, request.Path));
        Assert.Equal(FakeQueryApi.TypedJson, request.Accept);
        Assert.Equal(FakeQueryApi.TypedJson, request.ContentType);
        Assert.Equal("Basic bmVvNGo6czNjcmV0", request.Authorization);
        Assert.Equal("""{"n":{"$type":"Integer","_value":"1152921504606846976"}}""", request.Parameters);
        Assert.False(request.Json.TryGetProperty("accessMode", out _));
    }

    [Fact]
    public async Task MultiLineStatement_IsSentOnOneLine()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Answer("MATCH (e:Entity) WHERE e.id = $id RETURN e.name AS name", """{"fields":["name"],"values":[[{"$type":"String","_value":"Ketamine"}]]}""");

        var result = await fake.Client().RunAsync(
            """
            MATCH (e:Entity)
            WHERE e.id = $id   // the slug
            RETURN e.name AS name
            """,
            new Dictionary<string, object?> { ["id"] = "ketamine" },
            Ct);

        Assert.Equal("Ketamine", result.Single<string>("name"));
        Assert.Equal("MATCH (e:Entity) WHERE e.id = $id RETURN e.name AS name", Assert.Single(fake.Requests).Statement);
    }

    [Fact]
    public async Task Ping_IsTrueWhenNeo4jAnswers_AndSendsARead()
    {
        await using var fake = await FakeQueryApi.StartAsync();

        Assert.True(await fake.Client().PingAsync(Ct));
        var request = Assert.Single(fake.Requests);
        Assert.Equal(("RETURN 1", "Read"), (request.Statement, request.Json.GetProperty("accessMode").GetString()));
    }
}
