using System.Diagnostics;
using MechanismGraph.Export;
using MechanismGraph.Testing;
using MechanismGraph.Testing.Neo4jFake;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace MechanismGraph.Cli.Tests;

/// <summary>
/// Every command that reads or writes a graph, on the Neo4j store (the in-process fake of the Query API holding the
/// shipped seed graph): the same answers as on the embedded store, from the same composition.
/// </summary>
public sealed class Neo4jStoreCommandTests : IAsyncLifetime, IDisposable
{
    private FakeQueryApi _fake = null!;
    private readonly string _out = Path.Combine(Path.GetTempPath(), "mg-neo4j-cli-" + Guid.NewGuid().ToString("N")[..12]);

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeQueryApi.StartAsync();
        FakeGraph.Serve(_fake, ShippedSeed.Graph);
    }

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    private string[] OnNeo4j(params string[] args) =>
        [.. args, "--store", "neo4j", "--neo4j", _fake.Url.ToString(), "--user", FakeQueryApi.User, "--password", FakeQueryApi.Password];

    private bool Sent(string statementStart) =>
        _fake.Requests.Any(r => r.Body.Length > 0 && r.Json.TryGetProperty("statement", out var s) && s.GetString()!.StartsWith(statementStart, StringComparison.Ordinal));

    public static TheoryData<string> Formats => new(GraphExporters.Default.Names);

    [Fact]
    public void Trace_OnNeo4j_PrintsExactlyWhatTheEmbeddedStorePrints()
    {
        var embedded = CliRun.Of("trace", "ketamine", "synaptogenesis", "--seed-data", SeedFixture.RealSeedDirectory);

        var neo4j = CliRun.Of(OnNeo4j("trace", "ketamine", "synaptogenesis"));

        Assert.Equal((0, ""), (neo4j.ExitCode, neo4j.Error));
        Assert.Contains("1. [INCREASES", neo4j.Output);
        Assert.Equal(embedded.Output, neo4j.Output);
        Assert.True(Sent("MATCH p = SHORTEST"), "the pathways came from Neo4j's SHORTEST search");
    }

    [Fact]
    public void Trace_OnNeo4j_UnknownEntity_IsNotFoundWithSuggestions()
    {
        var run = CliRun.Of(OnNeo4j("trace", "ketamin", "synaptogenesis"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NOT_FOUND: No entity matches from 'ketamin'; did you mean 'ketamine'", run.Error);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Export_EveryRegisteredFormat_OnNeo4j_IsByteForByteTheEmbeddedExport_AndParsesBack(string id)
    {
        var exporter = GraphExporters.Default.Get(id);
        var fromEmbedded = Path.Combine(_out, "embedded" + exporter.FileExtension);
        var fromNeo4j = Path.Combine(_out, "neo4j" + exporter.FileExtension);

        var embedded = CliRun.Of("export", "--format", id, "--out", fromEmbedded, SeedFixture.RealSeedDirectory);
        var neo4j = CliRun.Of(OnNeo4j("export", "--format", id, "--out", fromNeo4j));

        Assert.Equal((0, 0, ""), (embedded.ExitCode, neo4j.ExitCode, neo4j.Error));
        var content = ExportReadBack.Read(exporter, File.ReadAllBytes(fromNeo4j));
        Assert.Equal(ShippedSeed.Graph.Relations.Count, content.Edges);
        if (content.Nodes is { } nodes) Assert.Equal(ShippedSeed.Graph.Entities.Count, nodes);
        Assert.Equal(File.ReadAllBytes(fromEmbedded), File.ReadAllBytes(fromNeo4j));
        Assert.True(Sent("MATCH (s:Entity)-[r:RELATES]->(o:Entity)"), "the relations were read from Neo4j");
    }

    [Fact]
    public void Seed_OnNeo4j_WritesEveryItemInOneCommittedTransaction()
    {
        var run = CliRun.Of(OnNeo4j("seed", SeedFixture.RealSeedDirectory));

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("neo4j store", run.Output);
        Assert.Single(_fake.Committed);
        Assert.True(Sent("UNWIND $rows AS row MERGE (e:Entity"), "entities were merged");
    }

    [Fact]
    public void Import_OnNeo4j_ReportsTheImport_ThenWritesTheCombinedGraphInOneTransaction()
    {
        Assert.Equal(0, CliRun.Of("generate", "--nodes", "50", "--edges", "200", "--seed", "5", "--out", _out).ExitCode);

        var run = CliRun.Of(OnNeo4j("import", Path.Combine(_out, "nodes.tsv"), Path.Combine(_out, "edges.tsv"), "--seed-data", SeedFixture.RealSeedDirectory));

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("nodes: 50 imported", run.Output);
        Assert.Single(_fake.Committed);
        var relations = _fake.Requests.Where(r => r.Body.Contains("MERGE (s)-[r:RELATES", StringComparison.Ordinal))
            .Sum(r => r.Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value").GetArrayLength());
        Assert.Equal(ShippedSeed.Graph.Relations.Count + 200, relations);
    }

    [Fact]
    public async Task Mcp_OnNeo4jConfiguredByEnvironmentVariables_TracesOverStdio()
    {
        // The API's own settings, as a research group's deployment sets them: no command-line options at all.
        await using var client = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "mechanism-graph",
            Command = CliProcess.Dotnet,
            Arguments = [CliProcess.Dll, "mcp"],
            EnvironmentVariables = new Dictionary<string, string?>
            {
                ["Graph__Store"] = "Neo4j", ["Neo4j__Url"] = _fake.Url.ToString(),
                ["Neo4j__User"] = FakeQueryApi.User, ["Neo4j__Password"] = FakeQueryApi.Password,
            },
        }), new McpClientOptions { DiscoverProbeTimeout = Timeout.InfiniteTimeSpan }, cancellationToken: TestContext.Current.CancellationToken);

        var result = await client.CallToolAsync("trace_pathways", new Dictionary<string, object?> { ["from"] = "ketamine", ["to"] = "synaptogenesis" },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(true, result.IsError);
        Assert.Contains("net effect: ketamine increases synaptogenesis.", string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text)));
        Assert.True(Sent("MATCH p = SHORTEST"), "the MCP server read Neo4j");
    }
}
