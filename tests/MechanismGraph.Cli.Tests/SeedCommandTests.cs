using MechanismGraph.Testing;

namespace MechanismGraph.Cli.Tests;

public sealed class SeedCommandTests
{
    [Fact]
    public void Seed_InvalidSeedData_WritesNothingAndNamesTheProblems()
    {
        using var fixture = new SeedFixture().Replace(SeedFixture.DocumentYaml, "object: chronic-pain\n", "object: chronic-pains\n");

        var run = CliRun.Of("seed", fixture.Directory, "--neo4j", "http://127.0.0.1:9");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 problem(s) in", run.Error);
        Assert.DoesNotContain("Seeding", run.Output + run.Error);
        Assert.Contains("'chronic-pains' is not a known entity id", run.Error);
    }

    [Fact]
    public void Seed_UnreachableNeo4j_FailsWithAClearMessage_NotAStackTrace()
    {
        var run = CliRun.Of("seed", SeedFixture.RealSeedDirectory, "--neo4j", "http://127.0.0.1:9");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Seeding failed; the graph queries read is unchanged (constraints and indexes may exist). Run the same command with --resume to continue where it stopped: Neo4j at http://127.0.0.1:9 is unreachable", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Seed_NotAUrl_IsRejectedBeforeConnecting()
    {
        var run = CliRun.Of("seed", "--neo4j", "localhost:7474");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--neo4j must be an http(s) URL", run.Error + run.Output);
    }
}
