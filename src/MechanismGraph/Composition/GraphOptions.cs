using MechanismGraph.Files;
using MechanismGraph.Reasoning;

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

    /// <summary>The binary snapshot of the loaded graph (<c>Graph:Snapshot:Enabled</c>, <c>Graph:Snapshot:Path</c>). Default: on when an import is configured, beside the first import.</summary>
    public GraphSnapshotOptions Snapshot { get; set; } = new();

    /// <summary>
    /// Relations one path search may scan before it stops and answers with the pathways found so far (flagged
    /// <c>searchComplete: false</c>). Default: 200,000; 1,000–100,000,000.
    /// </summary>
    public int MaxPathExpansions { get; set; } = QueryLimits.MaxPathExpansions;

    /// <summary>Largest seed YAML file read, in bytes. Default: 16,777,216 (16 MiB).</summary>
    public long MaxSeedFileBytes { get; set; } = InputLimits.Default.MaxSeedFileBytes;

    /// <summary>Largest document text read, in bytes. Default: 16,777,216 (16 MiB).</summary>
    public long MaxDocumentBytes { get; set; } = InputLimits.Default.MaxDocumentBytes;

    /// <summary>Largest KGX TSV file imported, in bytes. Default: 4,294,967,296 (4 GiB).</summary>
    public long MaxImportFileBytes { get; set; } = InputLimits.Default.MaxImportFileBytes;

    /// <summary>The file size limits these settings give.</summary>
    public InputLimits InputLimits => new(MaxSeedFileBytes, MaxDocumentBytes, MaxImportFileBytes);
}
