using MechanismGraph.Graph;
using MechanismGraph.Import;
using MechanismGraph.Reasoning;
using MechanismGraph.Seed;
using MechanismGraph.Storage.Embedded;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Import;

/// <summary>The document meets an imported graph: SSSOM exact matches and same_as columns make ids one entity; references resolve by precedence.</summary>
public sealed class EquivalenceTests : IDisposable
{
    private static readonly KnowledgeGraph Seed = SeedLoader.Load(SeedFixture.RealSeedDirectory).Graph!;
    private const string NodeHeader = "id\tcategory\tname\tsame_as";
    private const string EdgeHeader = "subject\tpredicate\tobject\tprimary_knowledge_source";

    // Hetionet's ketamine is a DrugBank id; its targets; and a gene whose HGNC id is the curated BDNF's xref.
    private readonly KgxTempFiles _files = new(
        [
            "DRUGBANK:DB01221\tbiolink:SmallMolecule\tKetamine\t",
            "NCBIGene:116444\tbiolink:Gene\tGRIN3A\t",
            "NCBIGene:133\tbiolink:Gene\tADM\t",
            "DOID:1595\tbiolink:Disease\tendogenous depression\t",
            "HGNC:1033\tbiolink:Gene\tBDNF\t",
            "NCBIGene:2\tbiolink:Gene\tA2M\tENSEMBL:ENSG00000175899",
            "ENSEMBL:ENSG00000175899\tbiolink:Gene\talpha-2-macroglobulin\t",
        ],
        [
            "DRUGBANK:DB01221\tbiolink:affects\tNCBIGene:116444\tinfores:hetionet",
            "NCBIGene:116444\tbiolink:regulates\tNCBIGene:133\tinfores:hetionet",
            "NCBIGene:133\tbiolink:gene_associated_with_condition\tDOID:1595\tinfores:hetionet",
            "HGNC:1033\tbiolink:regulates\tNCBIGene:133\tinfores:hetionet",
        ],
        NodeHeader, EdgeHeader);

    private string Mapping()
    {
        var path = Path.Combine(_files.Directory, "ketamine.sssom.tsv");
        File.WriteAllText(path, "# mapping_set_id: https://example.org/ketamine\n# license: https://creativecommons.org/publicdomain/zero/1.0/\n" +
            "subject_id\tpredicate_id\tobject_id\tmapping_justification\nDRUGBANK:DB01221\tskos:exactMatch\tCHEBI:6121\tsemapv:ManualMappingCuration\n");
        return path;
    }

    private KnowledgeGraph Import(params string[] mappings) =>
        KgxImporter.Import(Seed, [_files.Files], new KgxImportOptions { Mappings = mappings }).Graph!;

    private static ReasoningServices Reasoning(KnowledgeGraph graph) => new(new EmbeddedGraphStore(graph));

    [Fact]
    public async Task TheCuratedId_StillResolves_AfterImportingANodeNamedLikeIt()
    {
        var reasoning = Reasoning(Import());

        Assert.Equal("ketamine", (await reasoning.Resolver.ResolveAsync("ketamine", "of", TestContext.Current.CancellationToken)).Id);
        Assert.Equal("ketamine", (await reasoning.Resolver.ResolveAsync("Ketamine", "of", TestContext.Current.CancellationToken)).Id); // an id match beats a name match
        Assert.Equal("DRUGBANK:DB01221", (await reasoning.Resolver.ResolveAsync("drugbank:db01221", "of", TestContext.Current.CancellationToken)).Id);
    }

    [Fact]
    public async Task AReference_IsAmbiguous_OnlyAmongMatchesAtTheBestLevel_ListingTheirSource()
    {
        using var files = new KgxTempFiles(["HGNC:1\tbiolink:Gene\tTwin\t", "HGNC:2\tbiolink:Gene\tTwin\t"], [], NodeHeader, EdgeHeader);
        var reasoning = Reasoning(KgxImporter.Import(Seed, [files.Files]).Graph!);

        var error = await Assert.ThrowsAsync<MechanismGraphException>(() => reasoning.Resolver.ResolveAsync("twin", "of", TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCodes.Ambiguous, error.Code);
        Assert.Equal("of 'twin' is the name of 2 entities: HGNC:1 (Twin, Gene, imported); HGNC:2 (Twin, Gene, imported); use an id", error.Message);
    }

    [Fact]
    public void AnSssomExactMatch_MakesTheImportedNodeTheCuratedEntity_WithAllItsIds()
    {
        var graph = Import(Mapping());

        Assert.Null(graph.Entity("DRUGBANK:DB01221"));
        var ketamine = graph.Entity("ketamine")!;
        Assert.Equal(["CHEBI:6121", "DRUGBANK:DB01221"], ketamine.Xrefs);
        Assert.Contains("Ketamine", ketamine.Aliases.Concat([ketamine.Name]), StringComparer.OrdinalIgnoreCase);
        Assert.Equal("Drug", ketamine.Kind); // the curated kind stays
        Assert.Contains(graph.Outgoing("ketamine"), r => r.ObjectId == "NCBIGene:116444" && r.Provenance!.PrimaryKnowledgeSource == "infores:hetionet");
        Assert.Contains(graph.Outgoing("ketamine"), r => r.Evidence.Count > 0); // the document's relations are all kept
    }

    [Fact]
    public void ASameAsColumn_MakesTwoImportedNodesOne()
    {
        var graph = Import();

        Assert.Null(graph.Entity("ENSEMBL:ENSG00000175899"));
        Assert.Equal(["NCBIGene:2", "ENSEMBL:ENSG00000175899"], graph.Entity("NCBIGene:2")!.Xrefs);
        Assert.Equal(["alpha-2-macroglobulin"], graph.Entity("NCBIGene:2")!.Aliases);
    }

    [Fact]
    public async Task Effects_OfTheCuratedDrug_GiveTheDocumentsMechanism_AndTheImportedTargets()
    {
        var reasoning = Reasoning(Import(Mapping()));

        var effects = await reasoning.Influences.EffectsAsync("ketamine", 2, TestContext.Current.CancellationToken);

        var documented = effects.Influences.First(i => i.Entity.Id == "nmda-receptor");
        Assert.NotEmpty(documented.Pathway.Steps[0].Evidence);
        var imported = effects.Influences.Single(i => i.Entity.Id == "NCBIGene:116444");
        Assert.Equal("Ketamine affects GRIN3A, according to infores:hetionet.", imported.Pathway.Steps[0].Sentence);
        Assert.Contains(effects.Influences, i => i.Entity.Id == "NCBIGene:133"); // GRIN3A regulates ADM
        Assert.DoesNotContain(effects.Influences, i => i.Entity.Id == "DOID:1595"); // an association is not an effect
    }

    [Fact]
    public async Task APathway_RunsFromTheDocumentsChain_IntoTheImportedGraph()
    {
        var reasoning = Reasoning(Import(Mapping()));

        var found = await reasoning.Pathways.FindAsync("ketamine", "NCBIGene:133", new PathwayOptions(MaxHops: 6, Limit: 20), TestContext.Current.CancellationToken);

        var viaBdnf = found.Pathways.First(p => p.Entities.Any(e => e.Id == "bdnf"));
        Assert.NotEmpty(viaBdnf.Steps[0].Evidence); // starts on the document's quoted chain
        Assert.Equal("infores:hetionet", viaBdnf.Steps[^1].Provenance!.PrimaryKnowledgeSource); // ends in the imported graph
    }

    public void Dispose() => _files.Dispose();
}
