using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Tests.Reasoning;

/// <summary>Imported relations have provenance and no quotes; every reasoning service must cite them without a quote.</summary>
public sealed class ImportedRelationTests
{
    private static readonly Predicate Increases = new("increases", Sign.Increases, "increases", "is increased by", "", new BiolinkMapping("biolink:affects"));
    private static readonly Predicate Inhibits = new("inhibits", Sign.Decreases, "inhibits", "is inhibited by", "", new BiolinkMapping("biolink:affects"));
    private static readonly Provenance FromHetionet = new("infores:hetionet", ["PMID:123", "PMID:456"]);

    // drug --inhibits (curated, quoted)--> gene --increases (imported, no quote)--> disease
    private static ReasoningServices Services()
    {
        var graph = TestGraphs.Of(
            [Increases, Inhibits],
            [
                new Relation("drug-inhibits-gene", "drug", "inhibits", "HGNC:1", [], [new Evidence("doc", "Drug X inhibits gene one", 0, 24)]),
                new Relation("edge:1", "HGNC:1", "increases", "MONDO:0000001", [], [], Provenance: FromHetionet),
            ],
            [new Entity("drug", "Drug X", "Thing", [], "", []), new Entity("HGNC:1", "Gene one", "Thing", [], "", ["HGNC:1"]),
             new Entity("MONDO:0000001", "Disease one", "Thing", [], "", ["MONDO:0000001"])],
            [new Document("doc", "Doc", "doc.txt", null, null, "Drug X inhibits gene one.")]);
        return new ReasoningServices(new EmbeddedGraphStore(graph));
    }

    [Fact]
    public async Task Facts_AboutAnImportedRelation_CiteItsKnowledgeSourceAndPublications()
    {
        var facts = await Services().Facts.FactsAsync("MONDO:0000001", null, TestContext.Current.CancellationToken);

        var fact = Assert.Single(facts);
        Assert.Empty(fact.Evidence);
        Assert.Equal("Gene one increases Disease one, according to infores:hetionet. Source: infores:hetionet (PMID:123, PMID:456)", fact.Citation);
    }

    [Fact]
    public async Task Pathways_ThroughAnImportedRelation_ComposeTheSign_AndScoreOnlyTheQuotedSteps()
    {
        var result = await Services().Pathways.FindAsync("drug", "MONDO:0000001", new PathwayOptions(4, 5), TestContext.Current.CancellationToken);

        var pathway = Assert.Single(result.Pathways);
        Assert.Equal(Sign.Decreases, pathway.NetEffect);
        Assert.Equal(1, pathway.EvidenceCount);
        Assert.Equal(0.5, pathway.Score);
    }

    [Fact]
    public async Task Explanation_NumbersTheQuote_AndNamesTheImportedSourceInline()
    {
        var explanation = await Services().Explainer.ExplainAsync("MONDO:0000001", "drug", 4, TestContext.Current.CancellationToken);

        var citation = Assert.Single(explanation.Citations);
        Assert.Equal("Drug X inhibits gene one", citation.Quote);
        Assert.Contains("[1]", explanation.Narrative);
        Assert.Contains("[infores:hetionet (PMID:123, PMID:456)]", explanation.Narrative);
    }

    [Fact]
    public async Task Effects_OfADrug_ReachThroughTheImportedRelation()
    {
        var effects = await Services().Influences.EffectsAsync("drug", 3, TestContext.Current.CancellationToken);

        Assert.Equal(["HGNC:1", "MONDO:0000001"], effects.Influences.Select(i => i.Entity.Id));
        Assert.Equal(Sign.Decreases, effects.Influences[1].NetEffect);
    }
}
