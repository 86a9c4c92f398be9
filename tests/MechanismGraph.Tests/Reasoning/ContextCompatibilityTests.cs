using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Seed;
using MechanismGraph.Storage.Embedded;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Reasoning;

/// <summary>Pathways respect biological context: no entity is entered in one context and left in another.</summary>
public sealed class ContextCompatibilityTests
{
    private static readonly Lazy<ReasoningServices> Curated =
        new(() => new ReasoningServices(new EmbeddedGraphStore(SeedLoader.Load(SeedFixture.RealSeedDirectory).Graph!)));

    [Fact]
    public async Task EveryPathwayTheServiceReturns_BetweenAnyTwoCuratedEntities_EntersAndLeavesEachEntityInCompatibleContext()
    {
        var reasoning = Curated.Value;
        var ids = (await reasoning.Store.EntityLabelsAsync(TestContext.Current.CancellationToken)).Select(e => e.Id).ToArray();
        var pathways = 0;
        var throughContextSpecific = 0;
        foreach (var from in ids)
            foreach (var to in ids.Where(to => to != from))
            {
                var result = await reasoning.Pathways.FindAsync(from, to, new PathwayOptions(Limit: QueryLimits.MaxLimit), TestContext.Current.CancellationToken);
                foreach (var pathway in result.Pathways)
                {
                    pathways++;
                    if (pathway.Entities.Any(e => e.Context is not null)) throughContextSpecific++;
                    for (var i = 0; i + 1 < pathway.Steps.Count; i++)
                        Assert.True(ContextTerm.Compatible(pathway.Steps[i].ObjectContext, pathway.Steps[i + 1].SubjectContext),
                            $"{pathway.Summary}: {pathway.Steps[i].Id} then {pathway.Steps[i + 1].Id} disagree in context");
                }
            }
        Assert.True(pathways > 100, $"only {pathways} pathways: the property was hardly exercised");
        Assert.True(throughContextSpecific > 0, "no pathway passed a context-specific entity");
    }

    [Fact]
    public async Task NoPathway_CrossesFromTheGeneralReceptorIntoTheContextSpecificOne()
    {
        var result = await Curated.Value.Pathways.FindAsync("NMDA receptor", "disinhibition of glutamatergic neurons", new PathwayOptions(Limit: QueryLimits.MaxLimit),
            TestContext.Current.CancellationToken);

        Assert.Empty(result.Pathways);
    }

    [Fact]
    public void TheCheck_RejectsAStepPairInDifferentCellTypes()
    {
        Entity Thing(string id) => new(id, id, "Thing", [], "", []);
        RelationView Step(string s, string o, string cellType) =>
            new(new Relation($"{s}-{o}", s, "activates", o, [], [TestGraphs.Quote]) { Context = [new ContextTerm(ContextKind.CellType, cellType)] },
                Thing(s), TestGraphs.Activates, Thing(o), "");

        var clash = Pathway.From([Step("a", "b", "interneuron"), Step("b", "c", "pyramidal-neuron")]);
        var agree = Pathway.From([Step("a", "b", "interneuron"), Step("b", "c", "interneuron")]);

        Assert.False(clash.ContextsAgree);
        Assert.True(agree.ContextsAgree);
    }
}
