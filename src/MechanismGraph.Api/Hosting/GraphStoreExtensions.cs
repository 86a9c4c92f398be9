using MechanismGraph.Import;
using MechanismGraph.Reasoning;
using MechanismGraph.Seed;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Api.Hosting;

/// <summary>Chooses the store from configuration (<c>Graph:Store</c>, default Embedded) and registers the reasoning services over it.</summary>
internal static class GraphStoreExtensions
{
    public static IHostApplicationBuilder AddMechanismGraphStore(this IHostApplicationBuilder builder)
    {
        var options = Settings.Bind<GraphOptions>(builder.Configuration, GraphOptions.Section);
        var sources = new ImportSources();
        builder.Services.AddSingleton(sources);
        builder.Services.AddHostedService<ImportSourcesLogging>();
        switch (options.Store)
        {
            case GraphStoreKind.Embedded:
                var store = new EmbeddedGraphStore(LoadGraph(options, builder.Environment.ContentRootPath, sources));
                builder.Services.AddSingleton<IGraphStore>(store);
                break;
            case GraphStoreKind.Neo4j:
                builder.AddNeo4jStore(options, sources);
                break;
            default:
                throw new StartupException($"Graph:Store '{options.Store}' is not supported; use Embedded or Neo4j");
        }
        builder.Services.AddSingleton(sp => new ReasoningServices(sp.GetRequiredService<IGraphStore>()));
        return builder;
    }

    /// <summary>Validates and loads seed-data, then every configured KGX import on top of it; any problem stops start-up, listed.</summary>
    public static Graph.KnowledgeGraph LoadGraph(GraphOptions options, string contentRoot, ImportSources sources)
    {
        var graph = LoadSeedData(options, contentRoot);
        foreach (var (import, index) in options.Imports.Select((import, index) => (import, index)))
        {
            var files = import.Archive is { } archive ? KgxFiles.Archive(Path.GetFullPath(archive, contentRoot))
                : import.Nodes is not null && import.Edges is not null ? new KgxFiles(Path.GetFullPath(import.Nodes, contentRoot), Path.GetFullPath(import.Edges, contentRoot))
                : throw new StartupException($"Graph:Imports:{index} needs Nodes and Edges (KGX TSV paths) or an Archive.");
            var mappings = import.Mappings.Select(m => Path.GetFullPath(m, contentRoot)).ToArray();
            foreach (var path in mappings.Append(files.Nodes).Append(files.Edges))
                if (!File.Exists(path)) throw new StartupException($"Graph:Imports:{index}: file not found: {path}");
            var result = KgxImporter.Import(graph, [files],
                new KgxImportOptions { SkipInvalid = import.SkipInvalid, Mappings = mappings, MissingNodes = import.MissingNodes });
            graph = result.Graph ?? throw new StartupException(
                $"Graph:Imports:{index} is invalid ({result.Report.Problems.Count} problem(s); set SkipInvalid to skip them):{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", result.Report.Problems.Take(50)));
            sources.Add(new ImportSource(index, result.Report.Files, result.Report));
        }
        return graph;
    }

    /// <summary>Validates and loads seed-data; an invalid folder stops start-up with every problem listed.</summary>
    public static Graph.KnowledgeGraph LoadSeedData(GraphOptions options, string contentRoot)
    {
        var directory = options.SeedData is { } configured
            ? Path.GetFullPath(configured, contentRoot)
            : SeedLoader.FindDefaultDirectory() ?? throw new StartupException("No seed-data folder found; set Graph:SeedData to its path.");
        var result = SeedLoader.Load(directory);
        if (result.Graph is null)
            throw new StartupException($"seed-data at {directory} is invalid ({result.Problems.Count} problem(s)):{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", result.Problems));
        return result.Graph;
    }
}
