using System.Diagnostics;
using System.Text.Json;
using MechanismGraph.Testing;

namespace MechanismGraph.Cli.Tests;

/// <summary>The CLI rows of the hardening table: arguments range-checked, inputs regular files, terminals safe, stdio answers everything.</summary>
public sealed class HostileCliTests
{
    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "mechanism-graph.dll");
    private static readonly string Dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    [Fact]
    public void GenerateWithMaximalCounts_IsAnArgumentError_NotOutOfMemory()
    {
        var run = CliRun.Of("generate", "--nodes", "2147483647", "--edges", "2147483647", "--out", Path.GetTempPath());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--nodes must be between 2 and 10,000,000", run.Error + run.Output);
        Assert.Contains("--edges must be between 0 and 100,000,000", run.Error + run.Output);
    }

    [Fact]
    public void ImportOfDevZero_IsRefusedUnread()
    {
        var edges = Path.GetTempFileName();
        File.WriteAllText(edges, "subject\tpredicate\tobject\n");

        var run = CliRun.Of("import", "/dev/zero", edges, "--seed-data", SeedFixture.RealSeedDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("zero: is empty or not a regular file", run.Error);
    }

    [Fact]
    public void ImportOfInvalidUtf8_NamesFileAndLine()
    {
        var nodes = Path.Combine(Directory.CreateTempSubdirectory("mg-utf-").FullName, "nodes.tsv");
        File.WriteAllBytes(nodes, [.. "id\tname\n"u8, 0xFF, .. "\tx\n"u8]);
        var edges = Path.ChangeExtension(nodes, ".edges.tsv");
        File.WriteAllText(edges, "subject\tpredicate\tobject\n");

        var run = CliRun.Of("import", nodes, edges, "--seed-data", SeedFixture.RealSeedDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nodes.tsv:2: not valid UTF-8 text", run.Error);
    }

    [Fact]
    public void Trace_NeverPrintsRawControlCharacters()
    {
        var run = CliRun.Of("trace", "ket\u001b]0;owned\u0007amine", "synaptogenesis", "--seed-data", SeedFixture.RealSeedDirectory);

        Assert.DoesNotContain('\u001b', run.Output + run.Error);
        Assert.DoesNotContain('\u0007', run.Output + run.Error);
        Assert.Contains("\\u001B", run.Error);
    }

    [Fact]
    public async Task StdioWithInputPipedAndClosed_AnswersEveryRequestBeforeExit_AndNonJsonGetsMinus32700()
    {
        var start = new ProcessStartInfo(Dotnet) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { CliDll, "mcp", SeedFixture.RealSeedDirectory }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""");
        await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","id":2,"method":"ping"}""");
        await process.StandardInput.WriteLineAsync("not json");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        var messages = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.GetInt32() == 1 && m.TryGetProperty("result", out _));
        Assert.Contains(messages, m => m.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.GetInt32() == 2 && m.TryGetProperty("result", out _));
        Assert.Contains(messages, m => m.TryGetProperty("error", out var e) && e.GetProperty("code").GetInt32() == -32700);
        Assert.Equal(0, process.ExitCode);
    }
}
