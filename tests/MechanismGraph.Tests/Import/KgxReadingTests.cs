using System.Formats.Tar;
using System.IO.Compression;
using MechanismGraph.Graph;
using MechanismGraph.Import;
using MechanismGraph.Seed;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Import;

/// <summary>Files KGX's own reader accepts are read the same way: short rows, duplicates, missing nodes, gzip and tar archives.</summary>
public sealed class KgxReadingTests
{
    private static readonly KnowledgeGraph Seed = SeedLoader.Load(SeedFixture.RealSeedDirectory).Graph!;
    private const string NodeHeader = "id\tcategory\tname\tdescription\txref\tsynonym";
    private const string EdgeHeader = "id\tsubject\tpredicate\tobject\tprimary_knowledge_source\tpublications";

    private static KgxImportResult Import(KgxTempFiles files, MissingNodePolicy missing = MissingNodePolicy.Create) =>
        KgxImporter.Import(Seed, [files.Files], new KgxImportOptions { MissingNodes = missing });

    [Fact]
    public void ShortRows_HaveTheirMissingTrailingCellsEmpty()
    {
        using var files = new KgxTempFiles(["HGNC:1\tbiolink:Gene\tA1", "HGNC:2\tbiolink:Gene"], ["e1\tHGNC:1\tbiolink:regulates\tHGNC:2"], NodeHeader, EdgeHeader);

        var result = Import(files);

        Assert.Equal((2, 1, 0), (result.Report.Nodes, result.Report.Edges, result.Report.Skipped));
        Assert.Equal("HGNC:2", result.Graph!.Entity("HGNC:2")!.Name);
        Assert.Equal("infores:unknown", result.Graph.Relation("e1")!.Provenance!.PrimaryKnowledgeSource);
    }

    [Fact]
    public void IdenticalDuplicateRows_MergeSilently()
    {
        using var files = new KgxTempFiles(
            ["HGNC:1\tbiolink:Gene\tA1", "HGNC:1\tbiolink:Gene\tA1", "HGNC:2\tbiolink:Gene\tA2"],
            ["e1\tHGNC:1\tbiolink:regulates\tHGNC:2\tinfores:x\tPMID:1", "e1\tHGNC:1\tbiolink:regulates\tHGNC:2\tinfores:x\tPMID:1"], NodeHeader, EdgeHeader);

        var result = Import(files);

        Assert.Equal((2, 1, 2, 0, 0), (result.Report.Nodes, result.Report.Edges, result.Report.DuplicateRows, result.Report.WarningCount, result.Report.Skipped));
    }

    [Fact]
    public void ConflictingDuplicates_MergeByKgxsRules_WithAWarning()
    {
        using var files = new KgxTempFiles(
            ["HGNC:1\tbiolink:Gene\tA1\tfirst\tNCBIGene:1\tX", "HGNC:1\tbiolink:Protein|biolink:Gene\tanother name\tsecond\t\tY", "HGNC:2\tbiolink:Gene\tA2"],
            ["e1\tHGNC:1\tbiolink:regulates\tHGNC:2\tinfores:x\tPMID:1", "e2\tHGNC:1\tbiolink:regulates\tHGNC:2\tinfores:x\tPMID:2"], NodeHeader, EdgeHeader);

        var result = Import(files);

        var graph = result.Graph!;
        var node = graph.Entity("HGNC:1")!;
        Assert.Equal(("A1", "first"), (node.Name, node.Description)); // KGX keeps a core property's first value
        Assert.Equal("Protein", node.Kind); // categories united, the most specific wins
        Assert.Equal(["X", "Y"], node.Aliases);
        var relation = Assert.Single(graph.Outgoing("HGNC:1"));
        Assert.Equal("e1", relation.Id);
        Assert.Equal(["PMID:1", "PMID:2"], relation.Provenance!.Publications);
        Assert.Equal(2, result.Report.WarningCount);
        Assert.Contains("nodes.tsv:3: node 'HGNC:1' repeats line 2 with another name or description", result.Report.Warnings[0].ToString());
        Assert.Contains("edges.tsv:3: edge repeats 'e1'", result.Report.Warnings[1].ToString());
    }

    [Fact]
    public void EdgesToMissingNodes_CreateNamedThings_WithAWarning_OrAreRefusedOnRequest()
    {
        using var files = new KgxTempFiles(["HGNC:1\tbiolink:Gene\tA1"], ["e1\tHGNC:1\tbiolink:regulates\tNCBIGene:7"], NodeHeader, EdgeHeader);

        var created = Import(files);
        var rejected = Import(files, MissingNodePolicy.Reject);

        var node = created.Graph!.Entity("NCBIGene:7")!;
        Assert.Equal(("NamedThing", 1, 1), (node.Kind, created.Report.CreatedNodes, created.Report.Edges));
        Assert.Equal("edges.tsv:2: node 'NCBIGene:7' (object) is in no nodes file: created as biolink:NamedThing, as KGX does", created.Report.Warnings.Single().ToString());
        Assert.Null(rejected.Graph);
        Assert.Equal("edges.tsv:2: unknown node id 'NCBIGene:7' (object): not in a nodes file, a mapping nor a curated entity's CURIE", rejected.Report.Problems.Single().ToString());
    }

    [Fact]
    public void GzippedTables_AreRead_WhateverTheirName()
    {
        using var files = new KgxTempFiles(["HGNC:1\tbiolink:Gene\tA1", "HGNC:2\tbiolink:Gene\tA2"], ["e1\tHGNC:1\tbiolink:regulates\tHGNC:2"], NodeHeader, EdgeHeader);
        var nodes = Gzip(files.Files.Nodes, files.Files.Nodes + ".gz");
        var edges = Gzip(files.Files.Edges, files.Files.Edges + ".gz");

        var result = KgxImporter.Import(Seed, [new KgxFiles(nodes, edges)]);

        Assert.Equal((2, 1, 0), (result.Report.Nodes, result.Report.Edges, result.Report.Skipped));
    }

    [Fact]
    public void ATarGzArchive_IsReadAsItsNodesThenItsEdgesTables()
    {
        using var files = new KgxTempFiles(["HGNC:1\tbiolink:Gene\tA1", "HGNC:2\tbiolink:Gene\tA2"], ["e1\tHGNC:1\tbiolink:regulates\tHGNC:2"], NodeHeader, EdgeHeader);
        var archive = Path.Combine(files.Directory, "graph.tar.gz");
        using (var gzip = new GZipStream(File.Create(archive), CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            // Edges first: the reader still reads every nodes table before any edges table.
            tar.WriteEntry(files.Files.Edges, "graph_edges.tsv");
            tar.WriteEntry(files.Files.Nodes, "graph_nodes.tsv");
        }

        var result = KgxImporter.Import(Seed, [KgxFiles.Archive(archive)]);

        Assert.Equal((2, 1, 0), (result.Report.Nodes, result.Report.Edges, result.Report.Skipped));
    }

    private static string Gzip(string from, string to)
    {
        using (var input = File.OpenRead(from))
        using (var output = new GZipStream(File.Create(to), CompressionLevel.Fastest))
            input.CopyTo(output);
        return to;
    }
}
