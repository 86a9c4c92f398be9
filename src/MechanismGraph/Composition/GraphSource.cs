using MechanismGraph.Graph;
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

    /// <summary>What each configured import did, in order.</summary>
    public IReadOnlyList<ImportReport> ImportReports => _loaded.Value.Reports;

    private (KnowledgeGraph, IReadOnlyList<ImportReport>) Load()
    {
        var graph = LoadSeedData();
        var reports = new List<ImportReport>();
        foreach (var (import, index) in _options.Imports.Select((import, index) => (import, index)))
        {
            if (import.Nodes is null || import.Edges is null)
                throw new CompositionException($"Graph:Imports:{index} needs both Nodes and Edges (KGX TSV paths).");
            var files = new KgxFiles(Path.GetFullPath(import.Nodes, _contentRoot), Path.GetFullPath(import.Edges, _contentRoot));
            foreach (var path in new[] { files.Nodes, files.Edges })
                if (!File.Exists(path)) throw new CompositionException($"Graph:Imports:{index}: file not found: {path}");
            var result = KgxImporter.Import(graph, [files], new KgxImportOptions { SkipInvalid = import.SkipInvalid });
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
        var result = SeedLoader.Load(directory);
        return result.Graph ?? throw new CompositionException(
            $"{result.Problems.Count} problem(s) in {directory}:" + Lines(result.Problems));
    }

    private static string Lines<T>(IEnumerable<T> problems) =>
        string.Concat(problems.Select(p => Environment.NewLine + "  " + p));
}
