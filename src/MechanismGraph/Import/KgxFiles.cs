namespace MechanismGraph.Import;

/// <summary>One KGX TSV graph: its nodes table and its edges table (plain or gzipped), or one tar archive holding both.</summary>
public sealed record KgxFiles(string Nodes, string Edges)
{
    /// <summary>A <c>.tar</c> / <c>.tar.gz</c> / <c>.tgz</c> archive whose <c>…nodes.tsv</c> and <c>…edges.tsv</c> members are the tables.</summary>
    public static KgxFiles Archive(string path) => new(path, path);

    /// <summary>Whether the path names a tar archive holding both tables.</summary>
    public static bool IsArchive(string path) => KgxInput.IsArchive(path);
}
