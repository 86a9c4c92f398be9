using System.Xml.Linq;
using MechanismGraph.Export;

namespace MechanismGraph.Tests.Export;

public sealed class GraphmlExporterTests
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XDocument Document = XDocument.Parse(ExportHarness.Text(new GraphmlExporter(ExportHarness.Reasoning()).WriteAsync));

    private static string? Data(XElement element, string key) =>
        element.Elements(Ns + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;

    [Fact]
    public void Graphml_ParsesBack_WithANodePerEntityAndAnEdgePerRelation()
    {
        var graph = ExportHarness.Graph;
        var root = Document.Root!;
        var nodes = root.Descendants(Ns + "node").ToArray();
        var edges = root.Descendants(Ns + "edge").ToArray();

        Assert.Equal("graphml", root.Name.LocalName);
        Assert.Equal("directed", (string?)root.Element(Ns + "graph")!.Attribute("edgedefault"));
        Assert.Equal(graph.Entities.Select(e => e.Id), nodes.Select(n => (string?)n.Attribute("id")));
        Assert.Equal(graph.Relations.Select(r => r.Id), edges.Select(e => (string?)e.Attribute("id")));
        var nodeIds = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, nodeIds));
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("target")!, nodeIds));
    }

    [Fact]
    public void Graphml_EveryDataKey_IsDeclaredForItsElement()
    {
        var keys = Document.Root!.Elements(Ns + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);

        foreach (var data in Document.Descendants(Ns + "data"))
        {
            Assert.True(keys.TryGetValue((string)data.Attribute("key")!, out var target), $"undeclared key {data.Attribute("key")}");
            Assert.Equal(data.Parent!.Name.LocalName, target);
        }
    }

    [Fact]
    public void Graphml_NodesAndEdges_CarryNamesKindsSignsAndEvidenceCounts()
    {
        var graph = ExportHarness.Graph;
        var ketamine = Document.Descendants(Ns + "node").Single(n => (string?)n.Attribute("id") == "ketamine");
        Assert.Equal("ketamine", Data(ketamine, "name"));
        Assert.Equal("ketamine", Data(ketamine, "label"));
        Assert.Equal("Drug", Data(ketamine, "kind"));
        Assert.Equal("biolink:Drug", Data(ketamine, "category"));
        Assert.Equal("CHEBI:6121", Data(ketamine, "curie"));

        foreach (var edge in Document.Descendants(Ns + "edge"))
        {
            var relation = graph.Relation((string)edge.Attribute("id")!)!;
            Assert.Equal(relation.SubjectId, (string?)edge.Attribute("source"));
            Assert.Equal(relation.ObjectId, (string?)edge.Attribute("target"));
            Assert.Equal(relation.PredicateId, Data(edge, "predicate"));
            Assert.Equal(graph.SignOf(relation).ToString().ToLowerInvariant(), Data(edge, "sign"));
            Assert.Equal(relation.Evidence.Count, int.Parse(Data(edge, "evidence_count")!));
            Assert.Equal(relation.Indirect, bool.Parse(Data(edge, "indirect")!));
        }
    }
}
