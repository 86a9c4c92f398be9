using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Tests.Storage;

/// <summary>
/// The embedded store's influence walk over its topology against InfluenceFinder's general layer-by-layer walk, on
/// generated multigraphs with mixed predicates, indirect and inferred relations, uneven evidence, ids that are prefixes of
/// one another and small entity caps: the same chain to every entity and the same truncation.
/// </summary>
public sealed class InfluenceWalkPropertyTests
{
    private static readonly Predicate Inhibits = TestGraphs.Predicate("inhibits", Sign.Decreases);
    private static readonly Knowledge Predicted = new(KnowledgeLevel.Prediction, AgentType.ComputationalModel);

    private static KnowledgeGraph Generate(Random random, int entities, int relations)
    {
        string[] predicates = ["activates", "inhibits", "binds", "unheard-of"];
        // Unpadded, shuffled numbers: "r1" < "r10" < "r2", and relation-id order is unrelated to where a relation sits.
        var numbers = Enumerable.Range(0, relations).OrderBy(_ => random.Next()).ToArray();
        var list = Enumerable.Range(0, relations).Select(i => new Relation(
                $"r{numbers[i]}", $"n{random.Next(entities)}", predicates[random.Next(4)], $"n{random.Next(entities)}", [],
                Enumerable.Repeat(TestGraphs.Quote, random.Next(3)).ToArray(), Indirect: random.Next(5) == 0)
            { Knowledge = random.Next(4) == 0 ? Predicted : Knowledge.Stated })
            .ToList();
        return TestGraphs.Of([TestGraphs.Activates, TestGraphs.Binds, Inhibits], list);
    }

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task WalkInfluence_EqualsTheGeneralLayeredWalk(int seed)
    {
        var random = new Random(seed);
        var graph = Generate(random, random.Next(5, 40), random.Next(10, 200));
        var store = new EmbeddedGraphStore(graph);
        string[] causal = ["activates", "inhibits"];
        for (var query = 0; query < 30; query++)
        {
            var start = graph.Entities[random.Next(graph.Entities.Count)].Id;
            var direction = random.Next(2) == 0 ? Direction.Outgoing : Direction.Incoming;
            var (hops, cap) = (random.Next(1, 6), random.Next(1, 30));

            var general = await InfluenceFinder.WalkAsync(store, start, direction, hops, causal, cap, TestContext.Current.CancellationToken);
            var fast = store.WalkInfluence(start, direction, hops, causal, cap, TestContext.Current.CancellationToken);

            var because = $"seed {seed}, {direction} from {start}, {hops} hops, cap {cap}";
            Assert.True(general.Truncated == fast.Truncated, because);
            Assert.Equal(Chains(general), Chains(fast));
        }
    }

    private static string[] Chains(InfluenceWalk walk) =>
        walk.Chains.Select(chain => string.Join(" ", chain.Select(r => r.Id))).Order(StringComparer.Ordinal).ToArray();
}
