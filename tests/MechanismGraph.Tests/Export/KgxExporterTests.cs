using System.Formats.Tar;
using System.IO.Compression;
using MechanismGraph.Export;
using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Export;

public sealed class KgxExporterTests
{
    private static readonly KgxExporter Kgx = new(ExportHarness.Reasoning());

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Nodes(out string[] header) =>
        ExportHarness.ParseTable(ExportHarness.Text(Kgx.WriteNodesAsync), out header);

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Edges(out string[] header) =>
        ExportHarness.ParseTable(ExportHarness.Text(Kgx.WriteEdgesAsync), out header);

    [Fact]
    public void Nodes_OneRowPerEntity_WithBiolinkCategoriesAndStandardCuriesAsIds()
    {
        var graph = ExportHarness.Graph;
        var nodes = Nodes(out var header);

        Assert.Equal(["id", "category", "name", "description", "xref", "synonym", "provided_by"], header);
        Assert.Equal(graph.Entities.Count, nodes.Count);
        Assert.Equal(nodes.Count, nodes.Select(n => n["id"]).Distinct().Count());
        foreach (var entity in graph.Entities)
        {
            var id = entity.Xrefs.Count > 0 ? entity.Xrefs[0] : $"mechanismgraph:{entity.Id}";
            var row = Assert.Single(nodes, n => n["id"] == id);
            Assert.Equal(entity.Name, row["name"]);
            Assert.Equal(graph.KindsById[entity.Kind].BiolinkCategory, row["category"]);
            Assert.Equal(entity.Aliases, row["synonym"].Split('|', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal("infores:mechanismgraph", row["provided_by"]);
            // Every node can be joined back to the project's slug ids.
            Assert.Contains($"mechanismgraph:{entity.Id}", row["xref"].Split('|').Append(row["id"]));
        }

        var ketamine = Assert.Single(nodes, n => n["name"] == "ketamine");
        Assert.Equal("CHEBI:6121", ketamine["id"]);
        Assert.Equal("biolink:Drug", ketamine["category"]);
        Assert.Equal("mechanismgraph:ketamine", ketamine["xref"]);
        var bdnf = Assert.Single(nodes, n => n["name"] == "BDNF");
        Assert.Equal(["UniProtKB:P23560", "mechanismgraph:bdnf"], bdnf["xref"].Split('|'));
        Assert.Equal("mechanismgraph:neuron", Assert.Single(nodes, n => n["name"] == "neuron")["id"]);
    }

    [Fact]
    public void Edges_OneRowPerRelation_WithQualifiersFromThePredicateVocabulary()
    {
        var graph = ExportHarness.Graph;
        var nodeIds = Nodes(out _).Select(n => n["id"]).ToHashSet();
        var edges = Edges(out var header);

        Assert.Equal(KgxExporter.EdgeColumns, header);
        Assert.Equal(graph.Relations.Count, edges.Count);
        Assert.All(edges, e => Assert.Contains(e["subject"], nodeIds));
        Assert.All(edges, e => Assert.Contains(e["object"], nodeIds));

        var block = Assert.Single(edges, e => e["id"] == "mechanismgraph:ketamine-blocks-nmda-receptor");
        Assert.Equal("CHEBI:6121", block["subject"]);
        Assert.Equal("biolink:affects", block["predicate"]);
        Assert.Equal("GO:0017146", block["object"]);
        Assert.Equal("biolink:causes", block["qualified_predicate"]);
        Assert.Equal("activity", block["object_aspect_qualifier"]);
        Assert.Equal("decreased", block["object_direction_qualifier"]);
        Assert.Equal("molecular_channel_blockage", block["causal_mechanism_qualifier"]);
        Assert.Equal("decreases", block["sign"]);
        Assert.Equal(("infores:mechanismgraph", "knowledge_assertion", "manual_agent"), (block["primary_knowledge_source"], block["knowledge_level"], block["agent_type"]));

        foreach (var relation in graph.Relations)
        {
            var row = Assert.Single(edges, e => e["id"] == $"mechanismgraph:{relation.Id}");
            var biolink = graph.PredicatesById[relation.PredicateId].Biolink;
            Assert.Equal(biolink.Predicate, row["predicate"]);
            Assert.Equal(relation.Evidence.Count.ToString(), row["evidence_count"]);
            Assert.Equal(relation.Indirect ? "true" : "false", row["indirect"]);
        }
    }

    [Fact]
    public void Edges_SupportingTextAndLocations_AreTheDocumentsOwnWords()
    {
        var graph = ExportHarness.Graph;
        var edges = Edges(out _);
        var checkedQuotes = 0;
        foreach (var row in edges)
        {
            var quotes = row["supporting_text"].Split('|');
            var locations = row["supporting_text_location"].Split('|');
            Assert.Equal(int.Parse(row["evidence_count"]), quotes.Length);
            Assert.Equal(quotes.Length, locations.Length);
            foreach (var (quote, location) in quotes.Zip(locations))
            {
                var (document, span) = (location[..location.LastIndexOf(':')], location[(location.LastIndexOf(':') + 1)..]);
                var bounds = span.Split('-').Select(int.Parse).ToArray();
                Assert.Equal(ExportHarness.OneLine(graph.DocumentsById[document].Text[bounds[0]..bounds[1]]), quote);
                checkedQuotes++;
            }
        }
        Assert.Equal(graph.EvidenceCount, checkedQuotes);
    }

    [Fact]
    public void Edges_WhoseDocumentGivesNoDirection_HaveNoDirectionQualifier()
    {
        var graph = ExportHarness.Graph;
        var edges = Edges(out _);

        var unknown = edges.Where(e => e["sign"] == "unknown").ToArray();
        Assert.NotEmpty(unknown);
        Assert.All(unknown, e => Assert.Equal("", e["object_direction_qualifier"]));
        Assert.Equal(graph.Relations.Count(r => graph.SignOf(r) == Sign.Unknown), unknown.Length);
        Assert.Contains(edges, e => e["sign"] == "increases" && e["object_direction_qualifier"] == "increased");
    }

    [Fact]
    public void Edges_OfAnUnknownSignPredicate_DropADirectionEvenIfTheMappingHasOne()
    {
        var shipped = ExportHarness.Graph;
        // A mis-curated mapping: "affects" (sign unknown) claiming a direction the document never states.
        var predicates = shipped.Predicates.Select(p => p.Id == "affects" ? p with { Biolink = p.Biolink with { ObjectDirectionQualifier = "increased" } } : p);
        var graph = new KnowledgeGraph(shipped.Kinds, predicates, shipped.Entities, shipped.Documents, shipped.Relations);

        var edges = ExportHarness.ParseTable(ExportHarness.Text(new KgxExporter(ExportHarness.Reasoning(graph)).WriteEdgesAsync), out _);

        var affects = edges.Where(e => e["sign"] == "unknown").ToArray();
        Assert.NotEmpty(affects);
        Assert.All(affects, e => Assert.Equal("", e["object_direction_qualifier"]));
        // The relation's own aspect replaces the predicate's default: ketamine affects dopamine *levels* (abundance).
        Assert.All(affects, e => Assert.Equal(graph.Relation(e["id"].Replace("mechanismgraph:", ""))!.ObjectAspect?.Biolink() ?? "activity_or_abundance", e["object_aspect_qualifier"]));
        Assert.Contains(affects, e => e["object_aspect_qualifier"] == "abundance");
    }

    [Fact]
    public void Cells_WithTabsLineBreaksOrPipes_StayInTheirOwnCell()
    {
        using var fixture = new SeedFixture()
            .Replace("entities.yaml",
                "    kind: Drug\n    description: A medication acting mainly as a non-competitive NMDA receptor antagonist; of interest for its rapid antidepressant action.\n",
                "    kind: Drug\n    aliases: [\"ket|amine\"]\n    description: \"A medication\\twith a tab\\nand a line break.\"\n");
        var graph = ExportHarness.Load(fixture.Directory);

        var nodes = ExportHarness.ParseTable(ExportHarness.Text(new KgxExporter(ExportHarness.Reasoning(graph)).WriteNodesAsync), out var header);

        Assert.Equal(graph.Entities.Count, nodes.Count);
        var ketamine = Assert.Single(nodes, n => n["id"] == "CHEBI:6121");
        Assert.Equal("A medication with a tab and a line break.", ketamine["description"]);
        Assert.Equal("ket¦amine", ketamine["synonym"]);
    }

    [Fact]
    public void Entities_SharingACurie_KeepTheirProjectIdsSoTheyAreNotMerged()
    {
        var shipped = ExportHarness.Graph;
        var racemate = new Entity("ketamine-racemate", "racemic ketamine", "Drug", [], "The racemic mixture.", ["CHEBI:6121"]);
        var graph = new KnowledgeGraph(shipped.Kinds, shipped.Predicates, shipped.Entities.Append(racemate), shipped.Documents, shipped.Relations);

        var ids = ExportHarness.ParseTable(ExportHarness.Text(new KgxExporter(ExportHarness.Reasoning(graph)).WriteNodesAsync), out _)
            .Select(n => n["id"]).ToArray();

        Assert.Contains("mechanismgraph:ketamine", ids);
        Assert.Contains("mechanismgraph:ketamine-racemate", ids);
        Assert.DoesNotContain("CHEBI:6121", ids);
        Assert.Contains("CHEBI:16015", ids); // the others keep their standard ids
    }

    [Fact]
    public async Task Archive_HoldsBothTablesByteForByte_UnderKgxNames()
    {
        var kgx = new KgxExporter(ExportHarness.Reasoning());
        using var archive = new MemoryStream();
        await KgxArchive.WriteAsync(kgx, archive, TestContext.Current.CancellationToken);

        archive.Position = 0;
        await using var gzip = new GZipStream(archive, CompressionMode.Decompress);
        await using var tar = new TarReader(gzip);
        var entries = new List<(string Name, byte[] Data, DateTimeOffset Time)>();
        while (await tar.GetNextEntryAsync(copyData: true, TestContext.Current.CancellationToken) is { } entry)
        {
            using var data = new MemoryStream();
            await entry.DataStream!.CopyToAsync(data, TestContext.Current.CancellationToken);
            entries.Add((entry.Name, data.ToArray(), entry.ModificationTime));
        }

        Assert.Equal([KgxArchive.NodesEntry, KgxArchive.EdgesEntry], entries.Select(e => e.Name));
        Assert.Equal(ExportHarness.Bytes(kgx.WriteNodesAsync), entries[0].Data);
        Assert.Equal(ExportHarness.Bytes(kgx.WriteEdgesAsync), entries[1].Data);
        Assert.All(entries, e => Assert.Equal(DateTimeOffset.UnixEpoch, e.Time));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(+1)]
    public async Task Archive_OfAGraphEditedBetweenItsTwoPasses_FailsRatherThanWritingACorruptArchive(int relationsAdded)
    {
        // The edges are read twice (to size the tar entry, then to write it); the second read differs.
        var store = new RecordingStore(new MechanismGraph.Storage.Embedded.EmbeddedGraphStore(ExportHarness.Graph))
        {
            AlterRelationPage = (call, page) => call == 0 ? page : page with
            {
                Items = relationsAdded < 0 ? page.Items.SkipLast(1).ToArray() : page.Items.Append(page.Items[0] with { Id = "zz-added" }).ToArray(),
            },
        };
        var kgx = new KgxExporter(ExportHarness.Reasoning(store), new ExportSettings { PageSize = 1000 });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            KgxArchive.WriteAsync(kgx, Stream.Null, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));

        Assert.Contains("The graph changed during the export", error.Message);
    }
}
