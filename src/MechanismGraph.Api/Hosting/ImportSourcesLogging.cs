using MechanismGraph.Composition;
using MechanismGraph.Import;

namespace MechanismGraph.Api.Hosting;

/// <summary>
/// Logs each import at start-up, as <c>/health</c> and <c>sources</c> list it, so skipped rows are never silent; and, when the
/// snapshot is on (<c>Graph:Snapshot</c>), whether the graph came from its snapshot or the snapshot was rebuilt, and why.
/// </summary>
internal sealed class ImportSourcesLogging(ImportSources sources, GraphSource graph, ILogger<ImportSourcesLogging> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (graph.SnapshotNote is { } note) logger.LogInformation("{Snapshot}", note);
        foreach (var source in sources.All)
        {
            logger.LogInformation("Graph:Imports:{Index}: {Summary}", source.Index, source.Summary);
            foreach (var problem in source.Report.Problems.Take(10)) logger.LogWarning("Graph:Imports:{Index}: skipped {Problem}", source.Index, problem);
            foreach (var warning in source.Report.Warnings.Take(10)) logger.LogWarning("Graph:Imports:{Index}: {Warning}", source.Index, warning);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
