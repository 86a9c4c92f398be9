using MechanismGraph.Testing;
using MechanismGraph.Testing.Neo4jFake;

namespace MechanismGraph.Cli.Tests;

/// <summary><c>import --neo4j</c> against the fake Query API with its statement-running database: batches, progress, <c>--resume</c>.</summary>
public sealed class Neo4jImportCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mg-cli-neo4j-" + Guid.NewGuid().ToString("N")[..12]);

    private string Generate(int seed)
    {
        var folder = Path.Combine(_root, seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, CliRun.Of("generate", "--nodes", "300", "--edges", "3000", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", folder).ExitCode);
        return folder;
    }

    private static CliRun Import(FakeQueryApi fake, string folder, params string[] extra) =>
        CliRun.Of([
            "import", Path.Combine(folder, "nodes.tsv"), Path.Combine(folder, "edges.tsv"), "--seed-data", SeedFixture.RealSeedDirectory,
            "--neo4j", fake.Url.ToString(), "--user", FakeQueryApi.User, "--password", FakeQueryApi.Password, .. extra,
        ]);

    [Fact]
    public async Task Import_WritesBatchesWithRateAndEta_AndAnInterruptedImportResumes()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var database = FakeGraphDatabase.AttachTo(fake);

        var first = Import(fake, Generate(42), "--batch-size", "500");
        // 13 schema statements, the generation list, begin, 2 batches; then the server answers 503 until the retries give up.
        fake.Fail([.. Enumerable.Repeat(new FakeFault("pass", _ => Task.FromResult(false)), 13 + 1 + 1 + 2), .. Enumerable.Repeat(FakeFault.Status(503), 4)]);
        var interrupted = Import(fake, Generate(7), "--batch-size", "500");
        var afterInterruption = database.Generations;
        var resumed = Import(fake, Generate(7), "--batch-size", "500", "--resume");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"writing relations: [\d,]+ of [\d,]+ rows, [\d,]+ rows/s, about .+ left", first.Output);
        Assert.Contains("Seeded the neo4j store: generation 1 is active.", first.Output);
        Assert.Equal(1, interrupted.ExitCode);
        Assert.Contains("Run the same command with --resume to continue where it stopped", interrupted.Error);
        Assert.Equal([(1L, "active"), (2L, "writing")], afterInterruption);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("resuming generation 2", resumed.Output);
        Assert.Contains("Seeded the neo4j store: generation 2 is active.", resumed.Output);
        Assert.Equal([(2L, "active")], database.Generations);
        Assert.Equal(0, database.ItemsOf(1));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
