using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Tests.Reasoning;

/// <summary>A search cut by its work bound answers with what it found, best first, says it is incomplete, and explain says it stopped early.</summary>
public sealed class WorkBoundTests
{
    private static readonly Evidence Quote = TestGraphs.Quote;

    // a → b → t, and 100 more two-step routes a → c_i → t: finding the first is cheap, proving the next 23 is not.
    private static EmbeddedGraphStore Store() => new(TestGraphs.Of([TestGraphs.Predicate("promotes", Sign.Increases)],
        Enumerable.Range(0, 100).SelectMany(i => new[]
            {
                new Relation($"a-c{i:D3}", "a", "promotes", $"c{i:D3}", [], [Quote]),
                new Relation($"c{i:D3}-t", $"c{i:D3}", "promotes", "t", [], [Quote]),
            })
            .Append(new Relation("a-b", "a", "promotes", "b", [], [Quote]))
            .Append(new Relation("b-t", "b", "promotes", "t", [], [Quote]))));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BudgetCut_ReturnsThePathsFoundSoFar_BestFirst_WithSearchCompleteFalse()
    {
        var reasoning = new ReasoningServices(new BoundedStore(Store(), relationsScanned: 1_000));

        var result = await reasoning.Pathways.FindAsync("a", "t", new PathwayOptions(MaxHops: 4, Limit: 5), Ct);

        Assert.False(result.SearchComplete);
        Assert.True(result.Truncated);
        Assert.NotEmpty(result.Pathways);
        Assert.Equal(["a-b", "b-t"], result.Pathways[0].Steps.Select(s => s.Id));
        Assert.All(result.Pathways, p => Assert.Equal(2, p.Length));
    }

    [Fact]
    public async Task TheConfiguredWorkBound_IsTheOneTheStoreIsGiven()
    {
        var reasoning = new ReasoningServices(Store(), maxPathExpansions: 1_000);

        var result = await reasoning.Pathways.FindAsync("a", "t", new PathwayOptions(MaxHops: 4, Limit: 5), Ct);

        Assert.Equal(1_000, reasoning.Pathways.WorkBound);
        Assert.False(result.SearchComplete);
        Assert.Equal(["a-b", "b-t"], result.Pathways[0].Steps.Select(s => s.Id));
    }

    [Fact]
    public async Task WithoutTheCut_TheSameSearchIsComplete()
    {
        var result = await new ReasoningServices(Store()).Pathways.FindAsync("a", "t", new PathwayOptions(MaxHops: 4, Limit: 5), Ct);

        Assert.True(result.SearchComplete);
        Assert.Equal(5, result.Pathways.Count);
    }

    [Fact]
    public async Task Explain_AfterACutWithPathways_SaysTheSearchStoppedEarly()
    {
        var reasoning = new ReasoningServices(new BoundedStore(Store(), relationsScanned: 1_000));

        var explanation = await reasoning.Explainer.ExplainAsync("t", "a", 4, Ct);

        Assert.False(explanation.SearchComplete);
        Assert.NotEmpty(explanation.Pathways);
        Assert.Contains("The search stopped early", explanation.Narrative);
    }

    [Fact]
    public async Task Explain_AfterACutBeforeAnyPathway_SaysTheSearchStoppedEarly_NotThatThereIsNone()
    {
        var reasoning = new ReasoningServices(new BoundedStore(Store(), relationsScanned: 10));

        var explanation = await reasoning.Explainer.ExplainAsync("t", "a", 4, Ct);

        Assert.False(explanation.SearchComplete);
        Assert.Empty(explanation.Pathways);
        Assert.StartsWith("The search stopped early, at its work bound, before finding a causal pathway from a to t within 4 steps", explanation.Narrative);
        Assert.DoesNotContain("holds no causal pathway", explanation.Narrative);
    }

    [Fact]
    public async Task Explain_WhenTheCompleteSearchFindsNothing_SaysThisGraphHoldsNone()
    {
        var explanation = await new ReasoningServices(Store()).Explainer.ExplainAsync("a", "t", 4, Ct);

        Assert.True(explanation.SearchComplete);
        Assert.Equal("This graph holds no causal pathway from t to a within 4 steps.", explanation.Narrative);
    }

    /// <summary>The embedded store with a smaller work bound than the service's, so a test can reach it on a small graph.</summary>
    private sealed class BoundedStore(EmbeddedGraphStore inner, int relationsScanned) : IGraphStore
    {
        public string Name => inner.Name;
        public bool IsImmutable => inner.IsImmutable;
        public Task<GraphCounts> CountsAsync(CancellationToken cancellationToken = default) => inner.CountsAsync(cancellationToken);
        public Task<IReadOnlyList<Entity>> FindEntitiesAsync(string reference, CancellationToken cancellationToken = default) => inner.FindEntitiesAsync(reference, cancellationToken);
        public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.GetEntitiesAsync(ids, cancellationToken);
        public Task<IReadOnlyList<EntityLabels>> EntityLabelsAsync(CancellationToken cancellationToken = default) => inner.EntityLabelsAsync(cancellationToken);
        public Task<Page<Entity>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken = default) => inner.SearchEntitiesAsync(search, cancellationToken);
        public Task<Page<Relation>> QueryRelationsAsync(RelationFilter filter, CancellationToken cancellationToken = default) => inner.QueryRelationsAsync(filter, cancellationToken);
        public Task<IReadOnlyList<Relation>> NeighbourRelationsAsync(IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<string>? predicates, CancellationToken cancellationToken = default) =>
            inner.NeighbourRelationsAsync(entityIds, direction, predicates, cancellationToken);
        public Task<PathSearchResult> FindPathsAsync(PathSearch search, CancellationToken cancellationToken = default) =>
            inner.FindPathsAsync(search with { MaxExpansions = relationsScanned }, cancellationToken);
        public Task<IReadOnlyList<Document>> DocumentsAsync(CancellationToken cancellationToken = default) => inner.DocumentsAsync(cancellationToken);
        public Task<IReadOnlyList<Predicate>> PredicatesAsync(CancellationToken cancellationToken = default) => inner.PredicatesAsync(cancellationToken);
        public Task<IReadOnlyList<EntityKind>> KindsAsync(CancellationToken cancellationToken = default) => inner.KindsAsync(cancellationToken);
    }
}
