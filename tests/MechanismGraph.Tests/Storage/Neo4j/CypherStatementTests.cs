using System.Diagnostics;
using System.Text.Json;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Storage.Neo4j;

/// <summary>Every Cypher statement passes Neo4j's own parser and semantic analyser offline (tools/cypher-lint).</summary>
public sealed class CypherStatementTests
{
    private static readonly string Root = Path.GetDirectoryName(SeedFixture.RealSeedDirectory)!;
    private static readonly string CypherFolder = Path.Combine(Root, "src", "MechanismGraph", "Storage", "Neo4j", "Cypher");

    [Fact]
    public async Task EveryStatement_PassesNeo4jsAnalyser_AndUsesOnlySchemaNames()
    {
        var lint = Path.Combine(Root, "tools", "cypher-lint", "lint.mjs");
        Assert.True(Directory.Exists(Path.Combine(Root, "tools", "cypher-lint", "node_modules")),
            "tools/cypher-lint/node_modules is missing: run scripts/install-test-prerequisites.sh (npm ci --prefix tools/cypher-lint)");
        var start = new ProcessStartInfo("node", ["--no-warnings", lint, "--schema", Path.Combine(CypherFolder, "schema.json"), "--json", CypherFolder])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        var diagnostics = JsonDocument.Parse(await stdout).RootElement.EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error")
            .Select(d => $"{d.GetProperty("file")}:{d.GetProperty("line")}: {d.GetProperty("message")}").ToList();
        Assert.Empty(diagnostics);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains($"{Directory.GetFiles(CypherFolder, "*.cypher").Length} statements checked, 0 errors", await stderr);
    }

    [Fact]
    public void EveryCypherFile_IsShippedInTheAssembly()
    {
        var files = Directory.GetFiles(CypherFolder, "*.cypher").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(files, Neo4jStatements.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FindPaths_FiltersSimplePathsInsideTheParenthesisedPattern_BeforeSHORTESTChooses()
    {
        var statement = StatementText.Collapse(Neo4jStatements.Get("find-paths", ("MAX_PATHS", 2, 1, 1000), ("MAX_HOPS", 6, 1, 10)));

        // The Cypher manual (shortest paths, pre-filters and post-filters): a WHERE inside SHORTEST k ( … ) acts while paths are chosen.
        var pattern = statement[(statement.IndexOf("SHORTEST 2 (", StringComparison.Ordinal) + "SHORTEST 2 ".Length)..statement.IndexOf(" RETURN ", StringComparison.Ordinal)];
        Assert.StartsWith("(", pattern);
        Assert.EndsWith(")", pattern);
        Assert.Contains("WHERE NOT a IN n AND all(i IN range(0, size(n) - 2) WHERE NOT n[i] IN n[i + 1..])", pattern);
        Assert.DoesNotContain(") WHERE ", statement[statement.LastIndexOf(')', statement.IndexOf(" RETURN ", StringComparison.Ordinal))..]);
    }
}
