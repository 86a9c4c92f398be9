using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Tests.Reasoning;

/// <summary>Among equally mechanistic pathways, fully stated chains rank first; an inferred mechanistic chain still beats an indirect shortcut.</summary>
public sealed class RankingByKnowledgeTests
{
    private static readonly Evidence Quote = TestGraphs.Quote;
    private static readonly Knowledge CuratorGuess = new(KnowledgeLevel.Prediction, AgentType.ManualAgent, "joined by the curator");

    private static ReasoningServices Services(IEnumerable<Relation> relations) =>
        new(new EmbeddedGraphStore(TestGraphs.Of([TestGraphs.Predicate("promotes", Sign.Increases)], relations)));

    [Fact]
    public async Task LongerStatedChain_RanksBeforeShorterChainWithAnInferredStep_AndBothBeforeAnIndirectShortcut()
    {
        var reasoning = Services([
            new Relation("a-b", "a", "promotes", "b", [], [Quote], Indirect: true),
            new Relation("a-c", "a", "promotes", "c", [], [Quote]),
            new Relation("c-b", "c", "promotes", "b", [], [Quote]) { Knowledge = CuratorGuess },
            new Relation("a-d", "a", "promotes", "d", [], [Quote]),
            new Relation("d-e", "d", "promotes", "e", [], [Quote]),
            new Relation("e-b", "e", "promotes", "b", [], [Quote]),
        ]);

        var result = await reasoning.Pathways.FindAsync("a", "b", new PathwayOptions(), TestContext.Current.CancellationToken);

        Assert.Equal(["a-d/d-e/e-b", "a-c/c-b", "a-b"], result.Pathways.Select(p => string.Join("/", p.Steps.Select(s => s.Id))));
        Assert.Equal([0, 1, 0], result.Pathways.Select(p => p.InferredSteps));
    }

    [Fact]
    public async Task Explanation_SaysInferredAtTheInferredStep_AndCitesItsPremises()
    {
        var second = new Evidence("doc", "x", 0, 1) with { Quote = "y" };
        var reasoning = Services([
            new Relation("a-c", "a", "promotes", "c", [], [Quote]),
            new Relation("c-b", "c", "promotes", "b", [], [Quote, second]) { Knowledge = CuratorGuess },
        ]);

        var explanation = await reasoning.Explainer.ExplainAsync("b", "a", null, TestContext.Current.CancellationToken);

        Assert.Equal("How a increases b: A promotes c [1], which promotes b [1][2] (inferred by the curator: joined by the curator); net effect: a increases b.",
            explanation.Narrative);
        Assert.Equal(Sign.Increases, explanation.NetEffect);
    }
}
