using MechanismGraph.Storage;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Testing.Neo4jFake;
using static MechanismGraph.Tests.Storage.Neo4j.Neo4jSeederTests;

namespace MechanismGraph.Tests.Storage.Neo4j;

/// <summary>The Neo4j store's reads against the fake Query API: statements sent, parameters, decoding, faults.</summary>
public sealed class Neo4jGraphStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Int(long value) => $$"""{"$type":"Integer","_value":"{{value}}"}""";
    private static string Str(string value) => $$"""{"$type":"String","_value":"{{value}}"}""";
    private static string Strings(params string[] values) => $$"""{"$type":"List","_value":[{{string.Join(",", values.Select(Str))}}]}""";

    private static string Node(string id, string properties) =>
        "{\"$type\":\"Node\",\"_value\":{\"_element_id\":\"" + id + "\",\"_labels\":[\"Entity\"],\"_properties\":{" + properties + "}}}";

    private static readonly string KetamineNode = Node("4:db:1",
        $"\"id\":{Str("ketamine")},\"name\":{Str("ketamine")},\"kind\":{Str("Drug")},\"description\":{Str("A medication.")}," +
        $"\"aliases\":{Strings()},\"xrefs\":{Strings("CHEBI:6121")},\"refs\":{Strings("ketamine", "chebi:6121")}");

    private static readonly string BlocksRelationship =
        "{\"$type\":\"Relationship\",\"_value\":{\"_element_id\":\"5:db:9\",\"_start_node_element_id\":\"4:db:1\",\"_end_node_element_id\":\"4:db:2\",\"_type\":\"RELATES\",\"_properties\":{" +
        $"\"id\":{Str("ketamine-blocks-nmda-receptor")},\"predicate\":{Str("blocks")},\"indirect\":{{\"$type\":\"Boolean\",\"_value\":false}}," +
        $"\"qualifierKeys\":{Strings("precondition")},\"qualifierValues\":{Strings("the channel must first be open")}," +
        $"\"evidenceDocuments\":{Strings("ketamine-glutamate")},\"evidenceQuotes\":{Strings("ketamine to block the receptor")}," +
        $"\"evidenceStarts\":{{\"$type\":\"List\",\"_value\":[{Int(1500)}]}},\"evidenceEnds\":{{\"$type\":\"List\",\"_value\":[{Int(1530)}]}},\"evidenceCount\":{Int(1)}" +
        "}}}";

    private static readonly string BlocksStep =
        $"{{\"$type\":\"Map\",\"_value\":{{\"subject\":{Str("ketamine")},\"object\":{Str("nmda-receptor")},\"relation\":{BlocksRelationship}}}}}";

    [Fact]
    public async Task Counts_DecodeTypedIntegers()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Answer(Sent("counts"), $$"""{"fields":["documents","entities","relations","evidence","predicates"],"values":[[{{Int(1)}},{{Int(28)}},{{Int(34)}},{{Int(43)}},{{Int(21)}}]]}""");

        var counts = await new Neo4jGraphStore(new HttpClient(), fake.Options()).CountsAsync(Ct);

        Assert.Equal(new GraphCounts(1, 28, 34, 43, 21), counts);
    }

    [Fact]
    public async Task FindEntities_SendsTheReferenceLowerCased_AndReadsTheNode()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Answer(Sent("find-entities"), $$"""{"fields":["e"],"values":[[{{KetamineNode}}]]}""");

        var entity = Assert.Single(await new Neo4jGraphStore(new HttpClient(), fake.Options()).FindEntitiesAsync("  CHEBI:6121 ", Ct));

        Assert.Equal(("ketamine", "Drug"), (entity.Id, entity.Kind));
        Assert.Equal(["CHEBI:6121"], entity.Xrefs);
        var sent = fake.Requests.Single().Json.GetProperty("parameters").GetProperty("ref").GetProperty("_value").GetString();
        Assert.Equal("chebi:6121", sent);
    }

    [Fact]
    public async Task FindPaths_SubstitutesValidatedBounds_AndDecodesStepsWithEvidence()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var statement = StatementText.Collapse(Neo4jStatements.Get("find-paths", ("MAX_PATHS", 40, 1, 1000), ("MAX_HOPS", 8, 1, 10)));
        fake.Answer(statement, $$"""{"fields":["steps"],"values":[[{"$type":"List","_value":[{{BlocksStep}}]}]]}""");
        var store = new Neo4jGraphStore(new HttpClient(), fake.Options());

        var result = await store.FindPathsAsync(new PathSearch("ketamine", "nmda-receptor", 8, ["blocks"], [], 40, 1000), Ct);

        var step = Assert.Single(Assert.Single(result.Paths));
        Assert.Equal(("ketamine", "blocks", "nmda-receptor"), (step.SubjectId, step.PredicateId, step.ObjectId));
        Assert.Equal((1500, 1530), (step.Evidence[0].Start, step.Evidence[0].End));
        Assert.Equal("the channel must first be open", step.Qualifiers[0].Value);
        var sent = fake.Requests.Single().Json.GetProperty("statement").GetString()!;
        Assert.Contains("SHORTEST 40 ", sent);
        Assert.Contains("{1,8}", sent);
        Assert.DoesNotContain("{{", sent);
    }

    [Fact]
    public async Task FindPaths_OverItsTimeBound_ReturnsTruncatedInsteadOfHanging()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Fail(FakeFault.Delay(TimeSpan.FromSeconds(5)));
        var store = new Neo4jGraphStore(new HttpClient(), fake.Options(), pathSearchTimeout: TimeSpan.FromMilliseconds(200));

        var result = await store.FindPathsAsync(new PathSearch("ketamine", "bdnf", 8, ["blocks"], [], 40, 1000), Ct);

        Assert.True(result.Truncated);
        Assert.Empty(result.Paths);
    }

    [Fact]
    public async Task FindPaths_FromAnAvoidedEntity_AsksNothing()
    {
        await using var fake = await FakeQueryApi.StartAsync();

        var result = await new Neo4jGraphStore(new HttpClient(), fake.Options())
            .FindPathsAsync(new PathSearch("ketamine", "bdnf", 8, ["blocks"], ["ketamine"], 40, 1000), Ct);

        Assert.Empty(result.Paths);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task Unreachable_IsStoreUnavailable_AfterBoundedRetries()
    {
        using var down = new ClosedPort();
        var options = new Neo4jConnectionOptions
        {
            Url = new Uri($"http://127.0.0.1:{down.Port}"), MaxRetries = 2,
            BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(10),
        };

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => new Neo4jGraphStore(new HttpClient(), options).CountsAsync(Ct));

        Assert.Contains("unreachable: connection refused (after 3 attempts)", error.Message);
    }

    [Fact]
    public async Task RejectedStatement_IsAQueryErrorNotUnavailability()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.Answer(Sent("counts"), FakeAnswer.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'COUNT'"));

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => new Neo4jGraphStore(new HttpClient(), fake.Options()).CountsAsync(Ct));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
    }

    [Fact]
    public void Placeholders_AcceptOnlyValidatedIntegers()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Neo4jStatements.Get("find-paths", ("MAX_PATHS", 0, 1, 1000), ("MAX_HOPS", 3, 1, 10)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Neo4jStatements.Get("find-paths", ("MAX_PATHS", 5, 1, 1000), ("MAX_HOPS", 11, 1, 10)));
        Assert.Throws<InvalidOperationException>(() => Neo4jStatements.Get("find-paths", ("MAX_HOPS", 3, 1, 10)));
    }
}
