namespace MechanismGraph.Composition;

/// <summary>The <c>Graph</c> configuration section, read the same way by the API and every CLI command.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Which store answers queries. Default: <see cref="GraphStoreKind.Embedded"/> (no server needed).</summary>
    public GraphStoreKind Store { get; set; } = GraphStoreKind.Embedded;

    /// <summary>The seed-data folder. Default: the nearest <c>seed-data</c> folder above the working directory.</summary>
    public string? SeedData { get; set; }

    /// <summary>
    /// KGX graphs loaded on top of seed-data, in order (<c>Graph:Imports:0:Nodes</c>, <c>Graph:Imports:0:Edges</c>…).
    /// Default: none. Paths are relative to the content root. Any bad row stops start-up unless that import sets <c>SkipInvalid</c>.
    /// </summary>
    public List<GraphImportOptions> Imports { get; set; } = [];
}
