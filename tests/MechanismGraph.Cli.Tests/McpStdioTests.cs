using System.Diagnostics;
using System.Text.Json;
using MechanismGraph.Testing;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace MechanismGraph.Cli.Tests;

/// <summary>The stdio MCP server as a desktop client runs it: the built CLI as a child process.</summary>
public sealed class McpStdioTests
{
    private static readonly string CliDll = CliProcess.Dll;
    private static readonly string Dotnet = CliProcess.Dotnet;

    private static async Task<McpClient> StartAsync() =>
        await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "mechanism-graph",
            Command = Dotnet,
            Arguments = [CliDll, "mcp", SeedFixture.RealSeedDirectory],
        }), new McpClientOptions { DiscoverProbeTimeout = Timeout.InfiniteTimeSpan }, cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public async Task Stdio_ListsTheToolsAndTracesKetamineToSynaptogenesis()
    {
        await using var client = await StartAsync();

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var result = await client.CallToolAsync("trace_pathways", new Dictionary<string, object?> { ["from"] = "ketamine", ["to"] = "synaptogenesis" },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["explain_effect", "get_entity", "get_facts", "search_entities", "trace_pathways"], tools.Select(t => t.Name).Order());
        Assert.NotEqual(true, result.IsError);
        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
        Assert.Contains("net effect: ketamine increases synaptogenesis.", text);
        var first = JsonSerializer.SerializeToElement(result.StructuredContent).GetProperty("pathways")[0];
        Assert.Equal("increases", first.GetProperty("net_effect").GetString());
        Assert.Equal("ketamine-blocks-nmda-receptor-gabaergic-interneuron", first.GetProperty("steps")[0].GetProperty("relation_id").GetString());
        Assert.True(text.Length <= 4000);
    }

    [Fact]
    public async Task Stdio_UnknownEntity_IsAToolErrorWithSuggestions()
    {
        await using var client = await StartAsync();

        var result = await client.CallToolAsync("explain_effect", new Dictionary<string, object?> { ["effect"] = "synaptogenesis", ["cause"] = "ketamin" },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.IsError);
        var error = JsonDocument.Parse(result.Content.OfType<TextContentBlock>().Single().Text).RootElement;
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal("cause", error.GetProperty("argument").GetString());
        Assert.Contains("ketamine", error.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Stdio_StandardOutput_CarriesOnlyProtocolMessages_AndTheServerExitsWhenInputCloses()
    {
        var ct = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo(Dotnet) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { CliDll, "mcp", SeedFixture.RealSeedDirectory }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(ct);
        try
        {
            await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""");
            await process.StandardInput.FlushAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var first = await process.StandardOutput.ReadLineAsync(timeout.Token);

            var message = JsonDocument.Parse(first!).RootElement;
            Assert.Equal("2.0", message.GetProperty("jsonrpc").GetString());
            Assert.Equal(1, message.GetProperty("id").GetInt32());
            Assert.Equal("mechanism-graph", message.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());

            process.StandardInput.Close();
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal("", await process.StandardOutput.ReadToEndAsync(ct));
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        Assert.DoesNotContain("Exception", await stderr);
    }

    [Fact]
    public void Mcp_InvalidSeedData_ExitsOneWithTheProblemsBeforeServing()
    {
        using var fixture = new SeedFixture().Replace(SeedFixture.DocumentYaml, "object: chronic-pain\n", "object: chronic-pains\n");

        var run = CliRun.Of("mcp", fixture.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 problem(s) in", run.Error);
        Assert.Equal("", run.Output);
    }
}
