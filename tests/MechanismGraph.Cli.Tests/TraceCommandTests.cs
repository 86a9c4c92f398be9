using MechanismGraph.Testing;

namespace MechanismGraph.Cli.Tests;

public sealed class TraceCommandTests
{
    [Fact]
    public void Trace_KetamineToGlutamateSurge_PrintsTheChainWithItsNetEffectAndQuotes()
    {
        var run = CliRun.Of("trace", "ketamine", "glutamate surge", "--limit", "1", "--seed-data", SeedFixture.RealSeedDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("1. [INCREASES, 3 steps", run.Output);
        Assert.Contains("“By blocking NMDA receptors, particularly on inhibitory GABAergic interneurons, ketamine can lead to a disinhibition of glutamatergic neurons”", run.Output);
    }

    [Fact]
    public void Trace_UnknownEntity_ExitsOneWithTheCodeAndSuggestions()
    {
        var run = CliRun.Of("trace", "ketamin", "synaptogenesis", "--seed-data", SeedFixture.RealSeedDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NOT_FOUND: No entity matches from 'ketamin'; did you mean 'ketamine'", run.Error);
    }

    [Fact]
    public void Trace_OutOfRangeHops_IsBadUserInput()
    {
        var run = CliRun.Of("trace", "ketamine", "synaptogenesis", "--max-hops", "11", "--seed-data", SeedFixture.RealSeedDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BAD_USER_INPUT: maxHops must be between 1 and 10; got 11", run.Error);
    }
}
