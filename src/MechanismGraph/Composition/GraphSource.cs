using MechanismGraph.Files;
using MechanismGraph.Graph;
using MechanismGraph.Graph.Snapshots;
using MechanismGraph.Import;
using MechanismGraph.Seed;

namespace MechanismGraph.Composition;

/// <summary>
/// The graph the settings describe: seed-data validated and loaded, then every configured KGX import on top, in order.
/// The one place seed loading is written; loaded once, on first use; any problem is a <see cref="CompositionException"/> listing it.
/// </summary>
public sealed class GraphSource
{
    private readonly GraphOptions _options;
    private readonly string _contentRoot;
    private readonly Lazy<(KnowledgeGraph Graph, IReadOnlyList<ImportReport> Reports)> _loaded;

    public GraphSource(GraphOptions options, string contentRoot)
    {
        _options = options;
        _contentRoot = contentRoot;
        _loaded = new Lazy<(KnowledgeGraph, IReadOnlyList<ImportReport>)>(Load);
    }

    /// <summary>The seed-data folder in use (configured, else the nearest <c>seed-data</c> above the working directory).</summary>
    public string SeedDirectory => _options.SeedData is { } configured
        ? Path.GetFullPath(configured, _contentRoot)
        : SeedLoader.FindDefaultDirectory() ?? throw new CompositionException("No seed-data folder given and none found above the current directory (set Graph:SeedData).");

    /// <summary>The validated graph: seed-data plus the imports.</summary>
    public KnowledgeGraph Graph => _loaded.Value.Graph;

    /// <summary>Whether the graph has been loaded (a Neo4j service that does not seed never loads it).</summary>
    public bool IsLoaded => _loaded.IsValueCreated;

    /// <summary>What each configured import did, in order.</summary>
    public IReadOnlyList<ImportReport> ImportReports => _loaded.Value.Reports;

    /// <summary>What became of the snapshot at load (read, or rebuilt and why); null when snapshots are off or nothing is loaded.</summary>
    public string? SnapshotNote { get; private set; }

    /// <summary>The snapshot file the settings name.</summary>
    public string SnapshotPath => _options.Snapshot.Path is { } configured ? Path.GetFullPath(configured, _contentRoot)
        : _options.Imports.FirstOrDefault() is { } first && (first.Archive ?? first.Edges) is { } data
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(data, _contentRoot))!, GraphSnapshotOptions.DefaultFileName)
            : Path.Combine(_contentRoot, "data", GraphSnapshotOptions.DefaultFileName);

    /// <summary>Whether the snapshot is written and read: as configured, else exactly when an import is configured.</summary>
    public bool SnapshotEnabled => _options.Snapshot.Enabled ?? _options.Imports.Count > 0;

    /// <summary>The key of the current inputs, as the snapshot records it.</summary>
    internal UInt128 SnapshotKeyOfInputs() => SnapshotKey.Of(SeedDirectory, Imports());

    /// <summary>Loads from seed-data and imports, ignoring any snapshot, and writes the snapshot.</summary>
    public void BuildSnapshot()
    {
        var (graph, reports) = Parse(Imports());
        GraphSnapshot.Write(SnapshotPath, SnapshotKeyOfInputs(), graph, reports);
    }

    /// <summary>Whether the snapshot file can be used for the current inputs, and if not, why.</summary>
    public bool VerifySnapshot(out string? why) => GraphSnapshot.TryRead(SnapshotPath, SnapshotKeyOfInputs(), out why) is not null;

    private (KnowledgeGraph, IReadOnlyList<ImportReport>) Load()
    {
        var imports = Imports();
        if (!SnapshotEnabled) return Parse(imports);
        var key = SnapshotKey.Of(SeedDirectory, imports);
        if (GraphSnapshot.TryRead(SnapshotPath, key, out var why) is { } snapshot)
        {
            SnapshotNote = $"Read the graph snapshot {SnapshotPath}";
            return snapshot;
        }
        var parsed = Parse(imports);
        try
        {
            GraphSnapshot.Write(SnapshotPath, key, parsed.Graph, parsed.Reports);
            SnapshotNote = $"Rebuilt the graph snapshot {SnapshotPath}: {why}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The graph is loaded either way: a snapshot that cannot be written only costs the next start its speed.
            SnapshotNote = $"Could not write the graph snapshot {SnapshotPath} ({why}): {e.Message}";
        }
        return parsed;
    }

    /// <summary>Each configured import's files and mappings, checked readable before the importer reads a byte.</summary>
    private List<(KgxFiles Files, string[] Mappings, GraphImportOptions Options)> Imports()
    {
        var imports = new List<(KgxFiles, string[], GraphImportOptions)>();
        foreach (var (import, index) in _options.Imports.Select((import, index) => (import, index)))
        {
            var files = import.Archive is { } archive ? KgxFiles.Archive(Path.GetFullPath(archive, _contentRoot))
                : import.Nodes is not null && import.Edges is not null ? new KgxFiles(Path.GetFullPath(import.Nodes, _contentRoot), Path.GetFullPath(import.Edges, _contentRoot))
                : throw new CompositionException($"Graph:Imports:{index} needs Nodes and Edges (KGX TSV paths) or an Archive.");
            var mappings = import.Mappings.Select(m => Path.GetFullPath(m, _contentRoot)).ToArray();
            // Regular files under the size limit, valid UTF-8: checked before the importer reads a byte.
            foreach (var mapping in mappings)
                if (InputFile.Problem(mapping, _options.InputLimits.MaxImportFileBytes) is { } unreadableMapping)
                    throw new CompositionException($"Graph:Imports:{index}: {Path.GetFileName(mapping)}: {unreadableMapping}");
            if (ImportInputs.Problem(files, _options.InputLimits) is { } unreadable)
                throw new CompositionException($"Graph:Imports:{index}: {unreadable}");
            imports.Add((files, mappings, import));
        }
        return imports;
    }

    private (KnowledgeGraph Graph, IReadOnlyList<ImportReport> Reports) Parse(List<(KgxFiles Files, string[] Mappings, GraphImportOptions Options)> imports)
    {
        var graph = LoadSeedData();
        var reports = new List<ImportReport>();
        foreach (var ((files, mappings, import), index) in imports.Select((import, index) => (import, index)))
        {
            var result = KgxImporter.Import(graph, [files],
                new KgxImportOptions { SkipInvalid = import.SkipInvalid, Mappings = mappings, MissingNodes = import.MissingNodes });
            graph = result.Graph ?? throw new CompositionException(
                $"Import failed: {result.Report.Problems.Count} problem(s); nothing was imported{(import.SkipInvalid ? "" : $" (--skip-invalid, or Graph:Imports:{index}:SkipInvalid, skips bad rows)")}:" +
                Lines(result.Report.Problems.Take(50)));
            reports.Add(result.Report);
        }
        return (graph, reports);
    }

    private KnowledgeGraph LoadSeedData()
    {
        var directory = SeedDirectory;
        if (!Directory.Exists(directory)) throw new CompositionException($"Seed-data folder not found: {directory}");
        var result = SeedLoader.Load(directory, _options.InputLimits);
        return result.Graph ?? throw new CompositionException(
            $"{result.Problems.Count} problem(s) in {directory}:" + Lines(result.Problems));
    }

    private static string Lines<T>(IEnumerable<T> problems) =>
        string.Concat(problems.Select(p => Environment.NewLine + "  " + p));
}
