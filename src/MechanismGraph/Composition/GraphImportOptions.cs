namespace MechanismGraph.Composition;

/// <summary>One KGX graph to load on top of seed-data: its two tables.</summary>
public sealed class GraphImportOptions
{
    /// <summary>The KGX nodes table (nodes.tsv). Required.</summary>
    public string? Nodes { get; set; }

    /// <summary>The KGX edges table (edges.tsv). Required.</summary>
    public string? Edges { get; set; }

    /// <summary>Skip bad rows instead of failing. Default: false.</summary>
    public bool SkipInvalid { get; set; }
}
