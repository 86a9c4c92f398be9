using System.Net;
using System.Text.Json;
using MechanismGraph.Api.Hosting;
using MechanismGraph.Storage.Neo4j;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Testing.Neo4jFake;

namespace MechanismGraph.Api.Tests;

/// <summary>The API on the Neo4j store when Neo4j goes away and comes back (the fake Query API stands in for it).</summary>
public sealed class StoreUnavailableTests
{
    [Fact]
    public async Task UnreachableNeo4j_IsStoreUnavailable_InGraphQLAndHealth_AndTheServiceRecoversWhenItReturns()
    {
        var port = FakeQueryApi.UnusedPort();
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["Graph:Store"] = "Neo4j",
            ["Neo4j:Url"] = $"http://127.0.0.1:{port}",
            ["Neo4j:User"] = FakeQueryApi.User,
            ["Neo4j:Password"] = FakeQueryApi.Password,
            ["Neo4j:MaxRetries"] = "1",
            ["Neo4j:BaseDelay"] = "00:00:00.010",
        });
        using var client = api.CreateClient();

        var down = await api.QueryAsync("{ stats { store entities } }");
        Assert.Equal(200, down.Status);
        Assert.Equal("STORE_UNAVAILABLE", down.FirstErrorCode);
        Assert.Contains($"Neo4j at http://127.0.0.1:{port} is unreachable", down.FirstError.GetProperty("message").GetString());
        using (var health = await client.GetAsync("/health", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal("application/problem+json", health.Content.Headers.ContentType?.MediaType);
            var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
            Assert.Equal("STORE_UNAVAILABLE", body.GetProperty("code").GetString());
            Assert.Equal(("unhealthy", "neo4j"), (body.GetProperty("health").GetString(), body.GetProperty("store").GetString()));
        }

        await using var neo4j = await FakeQueryApi.StartAsync(port);
        neo4j.Answer(StatementText.Collapse(Neo4jStatements.Get("counts")),
            """{"fields":["documents","entities","relations","evidence","predicates"],"values":[[{"$type":"Integer","_value":"1"},{"$type":"Integer","_value":"28"},{"$type":"Integer","_value":"34"},{"$type":"Integer","_value":"43"},{"$type":"Integer","_value":"21"}]]}""");

        var up = await api.QueryAsync("{ stats { store entities } }");
        Assert.Equal("neo4j", up.AssertNoErrors().Data.GetProperty("stats").GetProperty("store").GetString());
        Assert.Equal(28, up.Data.GetProperty("stats").GetProperty("entities").GetInt32());
        using var healthy = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    [Theory]
    [InlineData("Neo4j", "ftp://example", "Neo4j settings are invalid: Neo4j Url must be an absolute http or https URL")]
    [InlineData("Cassandra", "http://localhost:7474", "The Graph settings are invalid")]
    public void InvalidStoreSettings_StopStartupWithAClearMessage(string store, string url, string message)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Graph:Store"] = store, ["Neo4j:Url"] = url });

        var error = Assert.ThrowsAny<Exception>(() => builder.AddMechanismGraphStore());

        Assert.Contains(message, error.Message);
    }
}
