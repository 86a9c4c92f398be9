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
        var increases = new Predicate("increases", Sign.Increases, "increases", "is increased by", "", new BiolinkMapping("biolink:affects"));
        var leaves = Enumerable.Range(0, QueryLimits.MaxInfluenceEntities + 50).Select(i => $"leaf{i:D5}").ToArray();
        var graph = new KnowledgeGraph([new EntityKind("Thing", "", "biolink:NamedThing")], [increases],
            leaves.Append("hub").Select(id => new Entity(id, id, "Thing", [], "", [])), [],
            leaves.Select(leaf => new Relation($"hub-{leaf}", "hub", "increases", leaf, [], [])));

        var effects = await new ReasoningServices(new EmbeddedGraphStore(graph)).Influences.EffectsAsync("hub", 3, TestContext.Current.CancellationToken);

        Assert.True(effects.Truncated);
        Assert.Equal(QueryLimits.MaxInfluenceEntities, effects.Influences.Count);
    }
}
