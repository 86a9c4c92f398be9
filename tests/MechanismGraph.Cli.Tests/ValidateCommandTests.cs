using MechanismGraph.Testing;

namespace MechanismGraph.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Validate_ShippedSeedData_ExitsZeroWithASummary()
    {
        var run = CliRun.Of("validate", SeedFixture.RealSeedDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("seed-data is valid", run.Output);
        Assert.Matches(@"documents: 1\b", run.Output);
        Assert.Matches(@"entities:\s+\d+", run.Output);
        Assert.Matches(@"relations: \d+", run.Output);
        Assert.Matches(@"evidence:\s+\d+ quotes", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Validate_MisspeltQuoteAndDanglingReference_ExitsOneNamingBoth()
    {
        using var fixture = new SeedFixture()
            .Replace(SeedFixture.DocumentYaml, "This surge in glutamate then activates", "This surge in glutamate than activates")
            .Replace(SeedFixture.DocumentYaml, "object: chronic-pain\n", "object: chronic-pains\n");

        var run = CliRun.Of("validate", fixture.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2 problem(s)", run.Error);
        Assert.Contains("documents/ketamine-glutamate.yaml:", run.Error);
        Assert.Contains("quote not found in document 'ketamine-glutamate': \"This surge in glutamate than activates", run.Error);
        Assert.Contains("object 'chronic-pains' is not a known entity id (did you mean 'chronic-pain'?)", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Validate_MissingFolder_ExitsOneWithAClearMessage()
    {
        var run = CliRun.Of("validate", "/no/such/seed-data");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Seed-data folder not found: /no/such/seed-data", run.Error);
    }

    [Fact]
    public void UnknownCommand_ExitsNonZeroWithoutAStackTrace()
    {
        var run = CliRun.Of("valdiate");

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error + run.Output);
    }
}
