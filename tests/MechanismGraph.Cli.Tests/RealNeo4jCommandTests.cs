using MechanismGraph.Testing;

namespace MechanismGraph.Cli.Tests;

/// <summary>The CLI against a real Neo4j, where NEO4J_URL names one (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE); skipped otherwise.</summary>
public sealed class RealNeo4jCommandTests
{
    private static readonly string? Url = Environment.GetEnvironmentVariable("NEO4J_URL");

    [Fact]
    public void SeedThenTraceAndExport_OnARealNeo4j_AnswerAsTheEmbeddedStoreDoes()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(Url), "NEO4J_URL is not set: no real Neo4j to run the CLI against");
        // User and password come from NEO4J_USER and NEO4J_PASSWORD, as for any CLI run.
        string[] neo4j = ["--store", "neo4j", "--neo4j", Url!, "--database", Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j"];

        var seed = CliRun.Of([.. (string[])["seed", SeedFixture.RealSeedDirectory], .. neo4j]);
        var trace = CliRun.Of([.. (string[])["trace", "ketamine", "synaptogenesis"], .. neo4j]);
        var export = CliRun.Of([.. (string[])["export", "--format", "jsonl"], .. neo4j]);

        Assert.Equal((0, ""), (seed.ExitCode, seed.Error));
        Assert.Equal(CliRun.Of("trace", "ketamine", "synaptogenesis", "--seed-data", SeedFixture.RealSeedDirectory).Output, trace.Output);
        Assert.Equal(CliRun.Of("export", "--format", "jsonl", SeedFixture.RealSeedDirectory).Output, export.Output);
    }
}
