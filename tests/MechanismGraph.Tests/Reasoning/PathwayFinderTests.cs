using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Tests.Reasoning;

public sealed class PathwayFinderTests
{
    private static readonly Evidence Quote = TestGraphs.Quote;

    private static ReasoningServices Services(IEnumerable<Relation> relations) =>
        new(new EmbeddedGraphStore(TestGraphs.Of([TestGraphs.Predicate("promotes", Sign.Increases)], relations)));

    [Fact]
    public async Task MechanisticPathway_RanksBeforeAShorterIndirectOne()
    {
        var reasoning = Services([
            new Relation("a-b", "a", "promotes", "b", [], [Quote], Indirect: true),
            new Relation("a-c", "a", "promotes", "c", [], [Quote]),
            new Relation("c-b", "c", "promotes", "b", [], [Quote]),
        ]);

        var result = await reasoning.Pathways.FindAsync("a", "b", new PathwayOptions(), TestContext.Current.CancellationToken);

        Assert.Equal([2, 1], result.Pathways.Select(p => p.Length));
        Assert.False(result.Truncated);
    }

    [Fact]
    public async Task WhenOnlyIndirectCandidatesFitTheCap_TheAnswerSaysItMayBeIncomplete()
    {
        // 30 parallel indirect a→b statements crowd out the mechanistic a→c→b from the 24 shortest candidates (limit 1).
        var crowd = Enumerable.Range(0, 30).Select(i => new Relation($"a-b-{i:D2}", "a", "promotes", "b", [], [Quote], Indirect: true));
        var reasoning = Services([.. crowd, new Relation("a-c", "a", "promotes", "c", [], [Quote]), new Relation("c-b", "c", "promotes", "b", [], [Quote])]);

        var result = await reasoning.Pathways.FindAsync("a", "b", new PathwayOptions(Limit: 1), TestContext.Current.CancellationToken);

        Assert.Equal(1, Assert.Single(result.Pathways).IndirectSteps);
        Assert.True(result.Truncated);
    }
}
