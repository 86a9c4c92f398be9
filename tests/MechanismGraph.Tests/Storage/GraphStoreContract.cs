using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Seed;
using MechanismGraph.Storage;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Storage;

/// <summary>
/// The contract every store honours: the same queries and assertions, run once per store (one subclass each).
/// The expected values come from the seed graph itself, so a store that loses or changes anything fails.
/// </summary>
public abstract class GraphStoreContract
{
    protected static readonly KnowledgeGraph Seed = ShippedSeed.Graph;

    /// <summary>The store under test, holding the shipped seed-data; skips the test (with the reason) where it cannot run.</summary>
    protected abstract Task<IGraphStore> StoreAsync();

    private async Task<ReasoningServices> ReasoningAsync() => new(await StoreAsync());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Counts_MatchTheSeedGraph()
    {
        var counts = await (await StoreAsync()).CountsAsync(Ct);

        Assert.Equal(new GraphCounts(Seed.Documents.Count, Seed.Entities.Count, Seed.Relations.Count, Seed.EvidenceCount, Seed.Predicates.Count), counts);
    }

    [Theory]
    [InlineData("ketamine")]
    [InlineData("NMDAR")]
    [InlineData("n-methyl-d-aspartate receptor")]
    [InlineData("go:0017146")]
    [InlineData("NMDA-RECEPTOR")]
    public async Task FindEntities_ByIdNameAliasOrCurie_IgnoresCase(string reference)
    {
        var found = await (await StoreAsync()).FindEntitiesAsync(reference, Ct);

        var entity = Assert.Single(found);
        Assert.Equal(Seed.Resolve(reference)[0], entity, EntityComparer);
    }

    [Fact]
    public async Task GetEntities_ReturnsEveryEntityIntact()
    {
        var entities = await (await StoreAsync()).GetEntitiesAsync(Seed.Entities.Select(e => e.Id).Append("no-such-entity").ToArray(), Ct);

        Assert.Equal(Seed.Entities, entities.OrderBy(e => e.Id, StringComparer.Ordinal), EntityComparer);
    }

    [Fact]
    public async Task SearchEntities_FiltersAndPagesInIdOrder()
    {
        var store = await StoreAsync();
        var first = await store.SearchEntitiesAsync(new EntitySearch("GLUTAMAT", null, null, 2), Ct);
        var second = await store.SearchEntitiesAsync(new EntitySearch("GLUTAMAT", null, first.Items[^1].Id, 100), Ct);
        var receptors = await store.SearchEntitiesAsync(new EntitySearch(null, "receptor", null, 10), Ct);

        var expected = Seed.Entities.Where(e => e.Labels.Append(e.Id).Concat(e.Xrefs).Any(l => l.Contains("glutamat", StringComparison.OrdinalIgnoreCase))).Select(e => e.Id).ToList();
        Assert.Equal(expected.Count, first.TotalCount);
        Assert.True(first.HasNextPage);
        Assert.False(second.HasNextPage);
        Assert.Equal(expected, first.Items.Concat(second.Items).Select(e => e.Id));
        Assert.Equal(["ampa-receptor", "nmda-receptor"], receptors.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task QueryRelations_FiltersPagesAndKeepsEvidenceQualifiersAndOffsets()
    {
        var store = await StoreAsync();
        var all = new List<Relation>();
        string? after = null;
        Page<Relation> page;
        do
        {
            page = await store.QueryRelationsAsync(new RelationFilter(null, null, null, after, 7), Ct);
            Assert.Equal(Seed.Relations.Count, page.TotalCount);
            all.AddRange(page.Items);
            after = page.Items.LastOrDefault()?.Id;
        } while (page.HasNextPage);

        Assert.Equal(Seed.Relations, all, RelationComparer);
        var affects = await store.QueryRelationsAsync(new RelationFilter("ketamine", null, "affects", null, 100), Ct);
        Assert.Equal(Seed.Outgoing("ketamine").Where(r => r.PredicateId == "affects").Select(r => r.Id), affects.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task NeighbourRelations_FollowDirectionAndPredicates()
    {
        var store = await StoreAsync();
        var outgoing = await store.NeighbourRelationsAsync(["ketamine", "glutamate"], Direction.Outgoing, null, Ct);
        var incoming = await store.NeighbourRelationsAsync(["nmda-receptor"], Direction.Incoming, ["blocks"], Ct);

        Assert.Equal(Seed.Outgoing("ketamine").Concat(Seed.Outgoing("glutamate")).OrderBy(r => r.Id, StringComparer.Ordinal), outgoing.OrderBy(r => r.Id, StringComparer.Ordinal), RelationComparer);
        Assert.Equal("ketamine-blocks-nmda-receptor", Assert.Single(incoming).Id);
    }

    [Fact]
    public async Task Vocabulary_AndDocuments_SurviveIntact()
    {
        var store = await StoreAsync();

        Assert.Equal(Seed.Predicates, await store.PredicatesAsync(Ct));
        Assert.Equal(Seed.Kinds, await store.KindsAsync(Ct));
        Assert.Equal(Seed.Documents, await store.DocumentsAsync(Ct));
        Assert.Equal(Seed.Entities.Select(e => (e.Id, e.Name)), (await store.EntityLabelsAsync(Ct)).Select(l => (l.Id, l.Name)));
    }

    [Fact]
    public async Task Pathways_KetamineToSynaptogenesis_FollowTheDisinhibitionChainFirst()
    {
        var reasoning = await ReasoningAsync();

        var result = await reasoning.Pathways.FindAsync("ketamine", "synaptogenesis", new PathwayOptions(), Ct);

        Assert.Equal(["ketamine", "nmda-receptor", "glutamatergic-disinhibition", "glutamate-release", "ampa-receptor", "bdnf", "synaptogenesis"],
            result.Pathways[0].Entities.Select(e => e.Id));
        Assert.Equal(Sign.Increases, result.Pathways[0].NetEffect);
        Assert.Equal(1, result.Pathways[^1].Length);
    }

    [Fact]
    public async Task Pathways_RespectAvoidAndHopLimit()
    {
        var reasoning = await ReasoningAsync();

        var avoided = await reasoning.Pathways.FindAsync("ketamine", "rapid antidepressant action", new PathwayOptions(Avoid: ["bdnf"]), Ct);
        var tooShort = await reasoning.Pathways.FindAsync("ketamine", "rapid antidepressant action", new PathwayOptions(MaxHops: 6), Ct);

        Assert.NotEmpty(avoided.Pathways);
        Assert.All(avoided.Pathways, p => Assert.DoesNotContain(p.Entities, e => e.Id == "bdnf"));
        Assert.Empty(tooShort.Pathways);
    }

    /// <summary>Pairs of the seed graph with causal pathways between them, drawn once with a fixed seed.</summary>
    public static TheoryData<string, string> ConnectedSeedPairs()
    {
        var random = new Random(17);
        var causal = Seed.Predicates.Where(p => p.IsCausal).Select(p => p.Id).ToArray();
        var pairs = new TheoryData<string, string>();
        var ids = Seed.Entities.Select(e => e.Id).ToArray();
        while (pairs.Count < 12)
        {
            var (from, to) = (ids[random.Next(ids.Length)], ids[random.Next(ids.Length)]);
            if (PathOracle.KShortest(Seed, new PathSearch(from, to, 8, causal, [], 1, int.MaxValue)).Count > 0) pairs.Add(from, to);
        }
        return pairs;
    }

    [Theory]
    [MemberData(nameof(ConnectedSeedPairs))]
    public async Task FindPaths_AreTheKShortest_AndRaisingMaxHopsNeverLosesOne(string from, string to)
    {
        // Paths of equal length may be ordered differently by each store; the hop counts, and every path shorter than
        // the longest one returned, are fixed by the graph: those are what both stores are held to.
        var store = await StoreAsync();
        var causal = Seed.Predicates.Where(p => p.IsCausal).Select(p => p.Id).ToArray();
        IReadOnlyList<string[]> previous = [];
        for (var maxHops = 1; maxHops <= 8; maxHops++)
        {
            var search = new PathSearch(from, to, maxHops, causal, [], 6, QueryLimits.MaxPathExpansions);
            var found = (await store.FindPathsAsync(search, Ct)).Paths.Select(p => p.Select(r => r.Id).ToArray()).ToArray();
            var expected = PathOracle.KShortest(Seed, search);
            var what = $"{from} → {to}, maxHops {maxHops}";

            Assert.True(found.Length <= search.MaxPaths, what);
            Assert.Equal(expected.Select(p => p.Length), found.Select(p => p.Length));
            var all = PathOracle.KShortest(Seed, search with { MaxPaths = int.MaxValue }).Select(Key).ToHashSet();
            Assert.All(found, p => Assert.Contains(Key(p), all));
            Assert.Equal(found.Length, found.Select(Key).Distinct().Count());
            var longest = found.Length == 0 ? 0 : found[^1].Length;
            Assert.Equal(expected.Where(p => p.Length < longest).Select(Key).Order(), found.Where(p => p.Length < longest).Select(Key).Order());
            Assert.All(previous.Where(p => p.Length < longest), p => Assert.Contains(Key(p), found.Select(Key)));
            previous = found;
        }
    }

    [Fact]
    public async Task Effects_OfKetamine_DecreaseTheReceptor_IncreaseGlutamateRelease()
    {
        var reasoning = await ReasoningAsync();

        var effects = (await reasoning.Influences.EffectsAsync("ketamine", null, Ct)).Influences.ToDictionary(i => i.Entity.Id);

        Assert.Equal(Sign.Decreases, effects["nmda-receptor"].NetEffect);
        Assert.Equal(Sign.Increases, effects["glutamate-release"].NetEffect);
        Assert.Equal(3, effects["glutamate-release"].Hops);
    }

    [Fact]
    public async Task Explanation_AndFacts_AreTheSameFromEveryStore()
    {
        var reasoning = await ReasoningAsync();
        var embedded = new ReasoningServices(new MechanismGraph.Storage.Embedded.EmbeddedGraphStore(Seed));

        var explanation = await reasoning.Explainer.ExplainAsync("rapid antidepressant action", "ketamine", null, Ct);
        var expected = await embedded.Explainer.ExplainAsync("rapid antidepressant action", "ketamine", null, Ct);
        var facts = await reasoning.Facts.FactsAsync("ketamine", 100, Ct);
        var expectedFacts = await embedded.Facts.FactsAsync("ketamine", 100, Ct);

        Assert.Equal(expected.Narrative, explanation.Narrative);
        Assert.Equal(expected.Citations, explanation.Citations);
        Assert.Equal(expectedFacts.Select(f => f.Citation), facts.Select(f => f.Citation));
    }

    private static string Key(string[] path) => string.Join("/", path);

    private static readonly IEqualityComparer<Entity> EntityComparer = EqualityComparer<Entity>.Create(
        (a, b) => a!.Id == b!.Id && a.Name == b.Name && a.Kind == b.Kind && a.Description == b.Description
                  && a.Aliases.SequenceEqual(b.Aliases) && a.Xrefs.SequenceEqual(b.Xrefs),
        e => e.Id.GetHashCode());

    private static readonly IEqualityComparer<Relation> RelationComparer = EqualityComparer<Relation>.Create(
        (a, b) => a!.Id == b!.Id && a.SubjectId == b.SubjectId && a.PredicateId == b.PredicateId && a.ObjectId == b.ObjectId
                  && a.Indirect == b.Indirect && a.Note == b.Note && a.Qualifiers.SequenceEqual(b.Qualifiers) && a.Evidence.SequenceEqual(b.Evidence),
        r => r.Id.GetHashCode());
}
