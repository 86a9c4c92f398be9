namespace MechanismGraph.Composition;

/// <summary>The <c>Graph:Snapshot</c> settings: a binary copy of the loaded graph, read at the next start with the same inputs.</summary>
public sealed class GraphSnapshotOptions
{
    /// <summary>The snapshot's file name when no <see cref="Path"/> is given.</summary>
    public const string DefaultFileName = "graph.snapshot";

    /// <summary>
    /// Write the snapshot after loading, and read it instead of parsing when the inputs are unchanged. Default: on when
    /// <c>Graph:Imports</c> names at least one import (seed-data alone loads in milliseconds and needs none).
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// Where the snapshot file lives, relative to the content root. Default: <c>graph.snapshot</c> beside the first
    /// import's edges file or archive (with no import: <c>data/graph.snapshot</c> under the content root).
    /// </summary>
    public string? Path { get; set; }
}
