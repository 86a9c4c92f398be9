using MechanismGraph.Export;
using MechanismGraph.Graph;
using MechanismGraph.Import;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Seed;
using MechanismGraph.Storage.Embedded;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Import;

public sealed class KgxImporterTests
{
    private static readonly KnowledgeGraph Seed = ShippedSeed.Graph;

    // Two genes, a disease, and a node that is the curated ketamine (same CHEBI CURIE).
    private static readonly string[] Nodes =
    [
        "HGNC:1100\tbiolink:Gene\tBRCA1\tA gene.\t\tRNF53\tinfores:test",
        "HGNC:3236\tbiolink:Gene|biolink:NamedThing\tEGFR\t\t\t\tinfores:test",
        "MONDO:0005148\tbiolink:DiseaseOrPhenotypicFeature\ttype 2 diabetes\t\t\t\tinfores:test",
        "CHEBI:6121\tbiolink:Drug\tketamine (imported)\t\t\t\tinfores:test",
    ];

    private static readonly string[] Edges =
    [
        "e1\tCHEBI:6121\tbiolink:affects\tHGNC:1100\tbiolink:causes\tactivity_or_abundance\tdecreased\tinfores:ctd\tPMID:1|PMID:2",
        "e2\tHGNC:1100\tbiolink:affects\tHGNC:3236\tbiolink:causes\texpression\tincreased\tinfores:ctd\t",
        "e3\tHGNC:3236\tbiolink:regulates\tMONDO:0005148\t\t\t\tinfores:hetionet\t",
        "e4\tHGNC:3236\tbiolink:genetically_associated_with\tMONDO:0005148\t\t\t\t\t",
        "e5\tHGNC:1100\tbiolink:directly_physically_interacts_with\tHGNC:3236\t\t\t\tinfores:string\t",
    ];

    private static KgxImportResult Import(KgxTempFiles files, bool skipInvalid = false) =>
        KgxImporter.Import(Seed, [files.Files], new KgxImportOptions { SkipInvalid = skipInvalid });

    [Fact]
    public void ValidFiles_AddEntitiesAndRelations_OnTopOfTheCuratedGraph()
    {
        using var files = new KgxTempFiles(Nodes, Edges);

        var result = Import(files);

        var graph = Assert.IsType<KnowledgeGraph>(result.Graph);
        Assert.Equal((3, 5, 1, 0, 0), (result.Report.Nodes, result.Report.Edges, result.Report.MergedNodes, result.Report.MergedEdges, result.Report.Skipped));
        Assert.Equal(Seed.Entities.Count + 3, graph.Entities.Count);
        Assert.Equal(Seed.Relations.Count + 5, graph.Relations.Count);
        Assert.Equal("Gene", graph.Entity("HGNC:1100")!.Kind);
        Assert.Equal("Disease", graph.Entity("MONDO:0005148")!.Kind);
        Assert.Equal(["RNF53"], graph.Entity("HGNC:1100")!.Aliases);
    }

    [Fact]
    public void ANodeWithACuratedEntitysCurie_MergesIntoIt_AndItsEdgesAttachToTheCuratedEntity()
    {
        using var files = new KgxTempFiles(Nodes, Edges);

        var graph = Import(files).Graph!;

        Assert.Null(graph.Entity("CHEBI:6121"));
        Assert.Equal("ketamine", graph.Entity("ketamine")!.Name); // curated fields win
        var e1 = graph.Relation("e1")!;
        Assert.Equal("ketamine", e1.SubjectId);
        Assert.Contains(e1, graph.Outgoing("ketamine"));
    }

    [Fact]
    public void PredicatesAndDirectionQualifiers_MapToTheVocabulary_AndCarryProvenanceInsteadOfQuotes()
    {
        using var files = new KgxTempFiles(Nodes, Edges);

        var graph = Import(files).Graph!;

        Assert.Equal(("decreases", Sign.Decreases), (graph.Relation("e1")!.PredicateId, graph.SignOf(graph.Relation("e1")!)));
        Assert.Equal(("increases", Sign.Increases), (graph.Relation("e2")!.PredicateId, graph.SignOf(graph.Relation("e2")!)));
        Assert.Equal(("binds", Sign.None), (graph.Relation("e5")!.PredicateId, graph.SignOf(graph.Relation("e5")!)));
        var e1 = graph.Relation("e1")!;
        Assert.Empty(e1.Evidence);
        Assert.Equal("infores:ctd", e1.Provenance!.PrimaryKnowledgeSource);
        Assert.Equal(["PMID:1", "PMID:2"], e1.Provenance.Publications);
        Assert.Equal("infores:unknown", graph.Relation("e4")!.Provenance!.PrimaryKnowledgeSource);
    }

    [Fact]
    public void UnknownPredicates_GetSignUnknown_AndAreCountedInTheReport()
    {
        using var files = new KgxTempFiles(Nodes, Edges);

        var result = Import(files);

        Assert.Equal(new Dictionary<string, int> { ["biolink:genetically_associated_with"] = 1, ["biolink:regulates"] = 1 }, result.Report.UnknownPredicates);
        var regulates = result.Graph!.PredicatesById["regulates"];
        Assert.Equal(Sign.Unknown, regulates.Sign);
        Assert.Equal("biolink:regulates", regulates.Biolink.Predicate);
        Assert.Equal(new Dictionary<string, int> { ["biolink:Gene"] = 2 }, result.Report.NewKinds);
    }

    [Fact]
    public void BadRows_FailTheWholeImport_WithFileLineAndReason()
    {
        using var files = new KgxTempFiles(
            [.. Nodes, "not a curie\tbiolink:Gene\tX\t\t\t\t", "HGNC:9\tbiolink:Gene", "HGNC:10\tbiolink:Gene\t\"unclosed\t\t\t\t"],
            [.. Edges, "e6\tHGNC:1100\tbiolink:affects\tHGNC:404\t\t\t\t\t", "e7\tHGNC:1100\t\tHGNC:3236\t\t\t\t\t"]);

        var result = Import(files);

        Assert.Null(result.Graph);
        Assert.Equal(
        [
            "nodes.tsv:6: bad CURIE: 'not a curie' is not a CURIE (PREFIX:local, e.g. CHEBI:6121)",
            "nodes.tsv:7: expected 7 tab-separated cells (as in the header), found 2",
            "nodes.tsv:8: broken quoting in column 3: a cell opens a double quote it does not close on this line",
            "edges.tsv:7: unknown node id 'HGNC:404' (object): not in a nodes file nor a curated entity's CURIE",
            "edges.tsv:8: missing predicate",
        ], result.Report.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void SkipInvalid_ImportsTheGoodRows_AndCountsTheSkippedOnes()
    {
        using var files = new KgxTempFiles([.. Nodes, "HGNC:9\tbiolink:Gene"], [.. Edges, "e6\tHGNC:1100\tbiolink:affects\tHGNC:9\t\t\t\t\t"]);

        var result = Import(files, skipInvalid: true);

        Assert.NotNull(result.Graph);
        Assert.Equal((3, 5, 2), (result.Report.Nodes, result.Report.Edges, result.Report.Skipped));
        Assert.Null(result.Graph.Relation("e6")); // lost its object with the skipped node
    }

    [Fact]
    public void AMissingRequiredColumn_FailsEvenWithSkipInvalid()
    {
        using var files = new KgxTempFiles(Nodes, ["e1\tCHEBI:6121\tHGNC:1100"], edgeHeader: "id\tsubject\tobject");

        var result = Import(files, skipInvalid: true);

        Assert.Null(result.Graph);
        Assert.Equal("edges.tsv:1: the header lacks subject, predicate or object (KGX edges need all three)", result.Report.Problems.Single().ToString());
    }

    [Fact]
    public void ImportingTheSameFilesTwice_GivesEqualGraphs()
    {
        using var files = new KgxTempFiles(Nodes, Edges);

        var first = Import(files).Graph!;
        var second = Import(files).Graph!;

        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.NotEqual(Seed.ContentHash, first.ContentHash);
    }

    [Fact]
    public async Task TheSeedGraphsOwnKgxExport_ImportsAsNothingNew()
    {
        using var files = new KgxTempFiles([], []);
        var kgx = new KgxExporter(new ReasoningServices(new EmbeddedGraphStore(Seed)));
        await using (var nodes = new StreamWriter(files.Files.Nodes)) await kgx.WriteNodesAsync(nodes, TestContext.Current.CancellationToken);
        await using (var edges = new StreamWriter(files.Files.Edges)) await kgx.WriteEdgesAsync(edges, TestContext.Current.CancellationToken);

        var result = Import(files);

        Assert.Equal((0, 0, Seed.Entities.Count, Seed.Relations.Count), (result.Report.Nodes, result.Report.Edges, result.Report.MergedNodes, result.Report.MergedEdges));
        Assert.Equal(Seed.ContentHash, result.Graph!.ContentHash);
    }

    [Fact]
    public void EdgesWithoutIds_GetStableIdsFromTheirEnds()
    {
        using var files = new KgxTempFiles(Nodes, ["HGNC:1100\tbiolink:causes\tHGNC:3236", "HGNC:1100\tbiolink:causes\tHGNC:3236"], edgeHeader: "subject\tpredicate\tobject");

        var graph = Import(files).Graph!;

        Assert.NotNull(graph.Relation("HGNC:1100-causes-HGNC:3236"));
        Assert.NotNull(graph.Relation("HGNC:1100-causes-HGNC:3236-2"));
    }
}
