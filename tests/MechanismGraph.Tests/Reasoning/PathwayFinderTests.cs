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

    [Fact]
    public async Task WhenTheCapCutsATierOfEqualLength_TheAnswerSaysABetterEvidencedOneMayLieBeyond()
    {
        // 30 parallel a→b statements, limit 1: 24 are ranked (by id), and a-b-27 beyond the cut carries two quotes.
        var crowd = Enumerable.Range(0, 30).Select(i => new Relation($"a-b-{i:D2}", "a", "promotes", "b", [], i == 27 ? [Quote, Quote] : [Quote]));
        var reasoning = Services(crowd);

        var result = await reasoning.Pathways.FindAsync("a", "b", new PathwayOptions(Limit: 1), TestContext.Current.CancellationToken);

        Assert.Equal(0, Assert.Single(result.Pathways).IndirectSteps);
        Assert.True(result.SearchComplete);
        Assert.True(result.Truncated);
    }

    [Fact]
    public async Task WhenTheCapIsHitButTheBestIsShorterThanEveryCandidateBeyond_TheAnswerIsComplete()
    {
        // a→b directly, then 30 two-step routes: 24 candidates are ranked, and none beyond them can beat the one-step pathway.
        var routes = Enumerable.Range(0, 30).SelectMany(i => new[]
        {
            new Relation($"a-c{i:D2}", "a", "promotes", $"c{i:D2}", [], [Quote, Quote]),
            new Relation($"c{i:D2}-b", $"c{i:D2}", "promotes", "b", [], [Quote, Quote]),
        });
        var reasoning = Services([new Relation("a-b", "a", "promotes", "b", [], [Quote]), .. routes]);

        var result = await reasoning.Pathways.FindAsync("a", "b", new PathwayOptions(Limit: 1), TestContext.Current.CancellationToken);

        Assert.Equal("a-b", Assert.Single(Assert.Single(result.Pathways).Steps).Id);
        Assert.False(result.Truncated);
    }
}
