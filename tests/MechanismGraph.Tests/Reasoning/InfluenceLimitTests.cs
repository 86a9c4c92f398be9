using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Tests.Reasoning;

public sealed class InfluenceLimitTests
{
    [Fact]
    public async Task Effects_OfAHubWhoseFirstLayerExceedsTheCap_StopAtTheCap_AndSaySo()
    {
        var leaves = Enumerable.Range(0, QueryLimits.MaxInfluenceEntities + 50).Select(i => $"leaf{i:D5}").ToArray();
        var graph = TestGraphs.Of([TestGraphs.Predicate("increases", Sign.Increases)],
            leaves.Select(leaf => new Relation($"hub-{leaf}", "hub", "increases", leaf, [], [])), documents: []);

        var effects = await new ReasoningServices(new EmbeddedGraphStore(graph)).Influences.EffectsAsync("hub", 3, TestContext.Current.CancellationToken);

        Assert.True(effects.Truncated);
        Assert.Equal(QueryLimits.MaxInfluenceEntities, effects.Influences.Count);
    }
}
