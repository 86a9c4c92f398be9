using MechanismGraph.Import;

namespace MechanismGraph.Api.Hosting;

/// <summary>The <c>Graph</c> configuration section.</summary>
internal sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Which store answers queries. Default: <see cref="GraphStoreKind.Embedded"/> (no server needed).</summary>
    public GraphStoreKind Store { get; set; } = GraphStoreKind.Embedded;

    /// <summary>The seed-data folder. Default: the nearest <c>seed-data</c> folder above the working directory.</summary>
    public string? SeedData { get; set; }

    /// <summary>
    /// KGX graphs loaded on top of seed-data at start-up, in order (<c>Graph:Imports:0:Nodes</c>, <c>Graph:Imports:0:Edges</c>…).
    /// Default: none. Paths are relative to the content root. Any bad row stops start-up unless that import sets <c>SkipInvalid</c>.
    /// </summary>
    public List<GraphImportOptions> Imports { get; set; } = [];
}

/// <summary>One KGX graph to load: its two tables, or one archive holding both.</summary>
internal sealed class GraphImportOptions
{
    /// <summary>The KGX nodes table (nodes.tsv or nodes.tsv.gz). Required unless <see cref="Archive"/> is set.</summary>
    public string? Nodes { get; set; }

    /// <summary>The KGX edges table (edges.tsv or edges.tsv.gz). Required unless <see cref="Archive"/> is set.</summary>
    public string? Edges { get; set; }

    /// <summary>A .tar / .tar.gz / .tgz holding …nodes.tsv and …edges.tsv, instead of Nodes and Edges. Default: none.</summary>
    public string? Archive { get; set; }

    /// <summary>SSSOM mapping tables whose skos:exactMatch / owl:sameAs rows make two ids one entity. Default: none.</summary>
    public List<string> Mappings { get; set; } = [];

    /// <summary>Edge ends no nodes file lists: Create (biolink:NamedThing, with a warning) or Reject (bad rows). Default: Create.</summary>
    public MissingNodePolicy MissingNodes { get; set; } = MissingNodePolicy.Create;

    /// <summary>Skip bad rows instead of stopping start-up. Default: false.</summary>
    public bool SkipInvalid { get; set; }
}

/// <summary>The stores the service can run on.</summary>
internal enum GraphStoreKind
{
    Embedded,
    Neo4j,
}
