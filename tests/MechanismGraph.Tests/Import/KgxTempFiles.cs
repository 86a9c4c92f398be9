using MechanismGraph.Import;

namespace MechanismGraph.Tests.Import;

/// <summary>A nodes and an edges table written to a throw-away folder.</summary>
internal sealed class KgxTempFiles : IDisposable
{
    public const string NodeHeader = "id\tcategory\tname\tdescription\txref\tsynonym\tprovided_by";
    public const string EdgeHeader = "id\tsubject\tpredicate\tobject\tqualified_predicate\tobject_aspect_qualifier\tobject_direction_qualifier\tprimary_knowledge_source\tpublications";

    public KgxTempFiles(IEnumerable<string> nodeRows, IEnumerable<string> edgeRows, string nodeHeader = NodeHeader, string edgeHeader = EdgeHeader)
    {
        Directory = Path.Combine(Path.GetTempPath(), "mg-kgx-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Files.Nodes, string.Join("\n", nodeRows.Prepend(nodeHeader)) + "\n");
        File.WriteAllText(Files.Edges, string.Join("\n", edgeRows.Prepend(edgeHeader)) + "\n");
    }

    public string Directory { get; }

    public KgxFiles Files => new(Path.Combine(Directory, "nodes.tsv"), Path.Combine(Directory, "edges.tsv"));

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
