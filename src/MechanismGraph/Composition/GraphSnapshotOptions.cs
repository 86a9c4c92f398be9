namespace MechanismGraph.Composition;

/// <summary>The <c>Graph:Snapshot</c> settings: a binary copy of the loaded graph, read at the next start with the same inputs.</summary>
public sealed class GraphSnapshotOptions
{
    /// <summary>Write the snapshot after loading, and read it instead of parsing when the inputs are unchanged. Default: false.</summary>
    public bool Enabled { get; set; }

    /// <summary>Where the snapshot file lives, relative to the content root. Default: <c>data/graph.snapshot</c>.</summary>
    public string Path { get; set; } = "data/graph.snapshot";
}
