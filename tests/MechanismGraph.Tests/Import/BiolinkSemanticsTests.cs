using MechanismGraph.Biolink;
using MechanismGraph.Graph;
using MechanismGraph.Import;
using MechanismGraph.Model;
using MechanismGraph.Seed;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Import;

/// <summary>What an imported relation and node mean comes from the Biolink Model: its predicate hierarchy, qualifiers and class hierarchy.</summary>
public sealed class BiolinkSemanticsTests
{
    private static readonly KnowledgeGraph Seed = SeedLoader.Load(SeedFixture.RealSeedDirectory).Graph!;
    private const string NodeHeader = "id\tcategory\tname";
    private const string EdgeHeader = "subject\tpredicate\tobject\tobject_direction_qualifier\tprimary_knowledge_source";

    private static readonly string[] Genes = ["HGNC:1\tbiolink:Gene\tA1", "HGNC:2\tbiolink:Gene\tA2", "MONDO:0000001\tbiolink:Disease\td"];

    private static KnowledgeGraph Import(string[] nodes, string[] edges)
    {
        using var files = new KgxTempFiles(nodes, edges, NodeHeader, EdgeHeader);
        var result = KgxImporter.Import(Seed, [files.Files]);
        Assert.True(result.Succeeded, string.Join("\n", result.Report.Problems));
        return result.Graph!;
    }

    private static Predicate PredicateOf(KnowledgeGraph graph, string subject, string @object) =>
        graph.PredicatesById[graph.Outgoing(subject).Single(r => r.ObjectId == @object).PredicateId];

    [Theory]
    [InlineData("biolink:regulates", true, Sign.Unknown)]                       // is_a affects
    [InlineData("biolink:disrupts", true, Sign.Unknown)]                        // is_a affects
    [InlineData("biolink:causes", true, Sign.Increases)]                        // the curated vocabulary maps it (+1)
    [InlineData("biolink:gene_associated_with_condition", false, Sign.Unknown)] // association
    [InlineData("biolink:correlated_with", false, Sign.Unknown)]                // association
    [InlineData("biolink:similar_to", false, Sign.Unknown)]                     // similarity
    [InlineData("biolink:subclass_of", false, Sign.None)]                       // ontology
    [InlineData("biolink:same_as", false, Sign.None)]                           // ontology
    [InlineData("biolink:expressed_in", false, Sign.None)]                      // location
    [InlineData("biolink:affected_by", false, Sign.None)]                       // causal only read backwards
    public void Causality_ComesFromTheBiolinkHierarchy(string predicate, bool causal, Sign sign)
    {
        var graph = Import(Genes, [$"HGNC:1\t{predicate}\tHGNC:2\t\tinfores:x"]);

        var mapped = PredicateOf(graph, "HGNC:1", "HGNC:2");
        Assert.Equal((causal, sign), (mapped.IsCausal, mapped.Sign));
        Assert.Equal(predicate, mapped.Biolink.Predicate);
    }

    [Fact]
    public void CausalRoots_AreDecidedByTheModel_AndEveryDescendantOfAffectsIsCausal()
    {
        var model = BiolinkModel.Instance;

        Assert.Equal("4.4.4", model.Version);
        Assert.Equal("biolink:affects", model.Predicate("biolink:regulates")!.Parent);
        Assert.All(model.Predicates.Where(p => p.Parent == "biolink:affects"), p => Assert.Equal(PredicateGroup.Causal, p.Group));
        Assert.Equal(PredicateGroup.Causal, model.GroupOf("biolink:causes")); // is_a contributes_to
        Assert.Equal(PredicateGroup.Association, model.GroupOf("biolink:gene_associated_with_condition"));
        Assert.Equal(PredicateGroup.Similarity, model.GroupOf("biolink:orthologous_to"));
        Assert.Equal(PredicateGroup.Ontology, model.GroupOf("biolink:exact_match"));
        Assert.Equal(PredicateGroup.NotBiolink, model.GroupOf("RO:0002434"));
        Assert.True(model.Predicate("biolink:interacts_with")!.Symmetric);
        Assert.Equal("biolink:affected_by", model.Predicate("biolink:affects")!.Inverse);
    }

    [Theory]
    [InlineData("biolink:regulates", "upregulated", Sign.Increases)]
    [InlineData("biolink:regulates", "downregulated", Sign.Decreases)]
    [InlineData("biolink:affects", "decreased", Sign.Decreases)]
    [InlineData("biolink:increases_activity_of", "", Sign.Increases)] // legacy predicate, read via predicate_mapping.yaml
    [InlineData("biolink:decreases_expression_of", "", Sign.Decreases)]
    [InlineData("biolink:correlated_with", "increased", Sign.Unknown)]  // a direction does not make an association causal
    public void Signs_ComeFromTheDirectionQualifier_AndFromLegacyPredicates(string predicate, string direction, Sign sign)
    {
        var graph = Import(Genes, [$"HGNC:1\t{predicate}\tHGNC:2\t{direction}\tinfores:x"]);

        Assert.Equal(sign, PredicateOf(graph, "HGNC:1", "HGNC:2").Sign);
    }

    [Fact]
    public void ANode_KeepsItsMostSpecificCategory_WhateverTheOrderOfRowsAndCategories()
    {
        var graph = Import(
        [
            "MONDO:0000002\tbiolink:NamedThing|biolink:Disease\tone",
            "MONDO:0000003\tbiolink:Disease|biolink:NamedThing|biolink:DiseaseOrPhenotypicFeature\ttwo",
            "CHEBI:1\tbiolink:NamedThing\tfirst row generic",
            "CHEBI:1\tbiolink:SmallMolecule\tfirst row generic",
            "CHEBI:2\tbiolink:SmallMolecule\tfirst row specific",
            "CHEBI:2\tbiolink:NamedThing|biolink:ChemicalEntity\tfirst row specific",
        ], []);

        Assert.Equal("biolink:Disease", graph.Entity("MONDO:0000002")!.Kind); // the curated kind 'Disease' names DiseaseOrPhenotypicFeature
        Assert.Equal("biolink:Disease", graph.Entity("MONDO:0000003")!.Kind);
        Assert.Equal("SmallMolecule", graph.Entity("CHEBI:1")!.Kind); // never the curated Neurotransmitter, which also exports as SmallMolecule
        Assert.Equal("SmallMolecule", graph.Entity("CHEBI:2")!.Kind);
        Assert.Equal("biolink:SmallMolecule", graph.KindsById["SmallMolecule"].BiolinkCategory);
        Assert.Equal("Neurotransmitter", graph.Entity("glutamate")!.Kind); // curated entities keep their curated kind
    }

    [Fact]
    public void PredicatesOutsideBiolink_StayTheirOwn_NonCausal_AndAreReported()
    {
        using var files = new KgxTempFiles(Genes,
            ["HGNC:1\tRO:0002434\tHGNC:2\t\tinfores:x", "HGNC:2\tRO:0002436\tHGNC:1\t\tinfores:x", "HGNC:1\tRO:0002448\tMONDO:0000001\t\tinfores:x"],
            NodeHeader, EdgeHeader);

        var result = KgxImporter.Import(Seed, [files.Files]);

        var graph = result.Graph!;
        Assert.Equal("RO:0002434", PredicateOf(graph, "HGNC:1", "HGNC:2").Id);
        Assert.Equal("RO:0002436", PredicateOf(graph, "HGNC:2", "HGNC:1").Id);
        var ro2448 = PredicateOf(graph, "HGNC:1", "MONDO:0000001");
        Assert.Equal(("RO:0002448", "RO:0002448", false), (ro2448.Id, ro2448.Biolink.Predicate, ro2448.IsCausal));
        Assert.Equal(new Dictionary<string, int> { ["RO:0002434"] = 1, ["RO:0002436"] = 1, ["RO:0002448"] = 1 }, result.Report.NonBiolinkPredicates);
    }

    [Fact]
    public void APredicateOutsideBiolink_IsCausal_OnlyWhenAMappingFileSaysSo()
    {
        using var files = new KgxTempFiles(Genes, ["HGNC:1\tRO:0002213\tHGNC:2\t\tinfores:x"], NodeHeader, EdgeHeader);
        var mapping = Path.Combine(files.Directory, "predicates.sssom.tsv");
        File.WriteAllText(mapping, "# curie_map:\n#   RO: http://purl.obolibrary.org/obo/RO_\nsubject_id\tpredicate_id\tobject_id\nRO:0002213\tskos:exactMatch\tbiolink:positively_regulates\nRO:0002213\tskos:exactMatch\tbiolink:regulates\n");

        var graph = KgxImporter.Import(Seed, [files.Files], new KgxImportOptions { Mappings = [mapping] }).Graph!;

        var mapped = PredicateOf(graph, "HGNC:1", "HGNC:2");
        Assert.Equal(("RO:0002213", true, Sign.Unknown), (mapped.Id, mapped.IsCausal, mapped.Sign));
        Assert.Equal("regulates", mapped.Phrase);
    }

    [Fact]
    public void Ids_AreTrimmed_IsoformsAccepted_AndIrisContractedWithTheBiolinkPrefixMap()
    {
        var graph = Import(
            ["NCBIGene:5 \tbiolink:Gene\tfive", "UniProtKB:P04637-2\tbiolink:Protein\tp53 isoform 2", "http://purl.obolibrary.org/obo/MONDO_0005148\tbiolink:Disease\tdiabetes"],
            [" NCBIGene:5\tbiolink:regulates\tUniProtKB:P04637-2\t\tinfores:x", "UniProtKB:P04637-2\thttps://w3id.org/biolink/vocab/contributes_to\tMONDO:0005148\t\tinfores:x"]);

        Assert.NotNull(graph.Entity("NCBIGene:5"));
        Assert.Equal("regulates", PredicateOf(graph, "NCBIGene:5", "UniProtKB:P04637-2").Id);
        Assert.Equal("contributes_to", PredicateOf(graph, "UniProtKB:P04637-2", "MONDO:0005148").Id);
    }

    [Theory]
    [InlineData("biolink:gene_associated_with_condition", "is associated with")]
    [InlineData("biolink:similar_to", "resembles")]
    [InlineData("biolink:regulates", "regulates")]
    [InlineData("biolink:correlated_with", "is correlated with")]
    [InlineData("biolink:physically_interacts_with", "physically interacts with")]
    [InlineData("biolink:subclass_of", "is a subclass of")]
    [InlineData("biolink:related_to", "is associated with")]
    public void ImportedPredicates_ReadInWords_NeverAsRelated(string predicate, string phrase)
    {
        var graph = Import(Genes, [$"HGNC:1\t{predicate}\tHGNC:2\t\tinfores:x"]);

        Assert.Equal(phrase, PredicateOf(graph, "HGNC:1", "HGNC:2").Phrase);
    }
}
