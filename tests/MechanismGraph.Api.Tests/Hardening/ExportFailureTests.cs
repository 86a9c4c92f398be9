using System.Net;
using System.Text.Json;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Testing.Neo4jFake;

namespace MechanismGraph.Api.Tests.Hardening;

/// <summary>Exports ask the store before the first byte, and a failure after it ends the response detectably.</summary>
public sealed class ExportFailureTests
{
    private static Dictionary<string, string?> Neo4jAt(int port) => new()
    {
        ["Graph:Store"] = "Neo4j", ["Neo4j:Url"] = $"http://127.0.0.1:{port}", ["Neo4j:User"] = FakeQueryApi.User,
        ["Neo4j:Password"] = FakeQueryApi.Password, ["Neo4j:MaxRetries"] = "0",
    };

    [Theory]
    [InlineData("/export/kgx")]
    [InlineData("/export/jsonl")]
    [InlineData("/export/graphml")]
    [InlineData("/export/kgx/nodes.tsv")]
    public async Task WithNeo4jDown_AnExportIsA503StoreUnavailableProblem_BeforeAnyByte(string path)
    {
        using var down = new ClosedPort();
        await using var api = new ApiFactory(Neo4jAt(down.Port));
        using var client = api.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("STORE_UNAVAILABLE", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task AFailureMidStream_EndsTheResponseSoTheClientSeesIt_AfterAnErrorLineInJsonl()
    {
        var port = FakeQueryApi.UnusedPort();
        await using var neo4j = await FakeQueryApi.StartAsync(port);
        // The store answers the check before the first byte, then fails the export's own queries.
        neo4j.Answer(StatementText.Collapse(Neo4jStatements.Get("counts")),
            """{"fields":["documents","entities","relations","evidence","predicates"],"values":[[{"$type":"Integer","_value":"1"},{"$type":"Integer","_value":"28"},{"$type":"Integer","_value":"34"},{"$type":"Integer","_value":"43"},{"$type":"Integer","_value":"21"}]]}""");
        await using var api = new ApiFactory(Neo4jAt(port));
        using var client = api.CreateClient();

        var text = "";
        var failed = false;
        try
        {
            using var response = await client.GetAsync("/export/jsonl", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
            while (await reader.ReadLineAsync(TestContext.Current.CancellationToken) is { } line) text += line + "\n";
        }
        catch (Exception e) when (e is HttpRequestException or IOException) { failed = true; }

        Assert.True(failed, "the response ended as if the export were whole: " + text);
    }

    [Fact]
    public async Task HeadOfAnExport_GivesItsHeaders_WithoutTheExport()
    {
        await using var api = new ApiFactory();
        using var client = api.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/export/jsonl"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }
}
