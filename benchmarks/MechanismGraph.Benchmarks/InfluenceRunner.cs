using System.Diagnostics;
using System.Globalization;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Benchmarks;

/// <summary>
/// "--influence [fraction] [runs]": effects of the biggest out-hub and causes of the biggest in-hub (maxHops 3) at a
/// generated size, through the embedded store's topology walk and through the general layered walk (the store behind a
/// plain port), p50 and max of warm runs.
/// </summary>
internal static class InfluenceRunner
{
    public static async Task<int> RunAsync(double fraction, int runs, TextWriter output)
    {
        var graph = BenchmarkGraphs.Load(BenchmarkGraphs.CuratedSeed(), BenchmarkGraphs.Files(fraction));
        var store = new EmbeddedGraphStore(graph);
        var outHub = QueryPairs.Hub(graph);
        var inHub = graph.Entities.MaxBy(e => graph.Topology.InDegree(graph.EntityIndex(e.Id)))!;
        await output.WriteLineAsync("| query | walk | wall p50 | wall max | thread CPU p50 | entities | truncated |");
        await output.WriteLineAsync("|---|---|---|---|---|---|---|");
        var causal = graph.Predicates.Where(p => p.IsCausal).Select(p => p.Id).ToArray();
        foreach (var (name, direction, hub) in new[] { ("effects", Direction.Outgoing, outHub), ("causes", Direction.Incoming, inHub) })
        {
            var (times, cpu) = (new List<double>(), new List<double>());
            InfluenceWalk? walk = null;
            for (var i = 0; i <= runs; i++)
            {
                var (clock, cpu0) = (Stopwatch.StartNew(), ThreadCpu.Milliseconds());
                walk = store.WalkInfluence(hub.Id, direction, 3, causal, QueryLimits.MaxInfluenceEntities, CancellationToken.None);
                if (i > 0) times.Add(clock.Elapsed.TotalMilliseconds);
                if (i > 0) cpu.Add(ThreadCpu.Milliseconds() - cpu0);
            }
            times.Sort();
            cpu.Sort();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {name}({hub.Id}, maxHops: 3) | topology walk alone (no views, pathways or ordering) | {times[times.Count / 2]:0.0} ms | {times[^1]:0.0} ms | {cpu[cpu.Count / 2]:0.0} ms | {walk!.Chains.Count:N0} | {walk.Truncated} |"));
        }
        foreach (var (label, reasoning) in new[] { ("topology", new ReasoningServices(store)), ("general (layered, via the port)", new ReasoningServices(new PlainPort(store))) })
        {
            foreach (var (name, run) in new (string, Func<Task<InfluenceResult>>)[]
                     {
                         ($"effects({outHub.Id}, maxHops: 3)", () => reasoning.Influences.EffectsAsync(outHub.Id, 3)),
                         ($"causes({inHub.Id}, maxHops: 3)", () => reasoning.Influences.CausesAsync(inHub.Id, 3)),
                     })
            {
                var result = await run();
                var (times, cpu) = (new List<double>(), new List<double>());
                for (var i = 0; i < runs; i++)
                {
                    // The embedded store answers synchronously, so the whole query runs on this thread.
                    var (clock, cpu0) = (Stopwatch.StartNew(), ThreadCpu.Milliseconds());
                    await run();
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    cpu.Add(ThreadCpu.Milliseconds() - cpu0);
                }
                times.Sort();
                cpu.Sort();
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {label} | {times[times.Count / 2]:0.0} ms | {times[^1]:0.0} ms | {cpu[cpu.Count / 2]:0.0} ms | {result.Influences.Count:N0} | {result.Truncated} |"));
            }
        }
        return 0;
    }

    /// <summary>The store behind nothing but the port, so InfluenceFinder takes its general walk.</summary>
    private sealed class PlainPort(IGraphStore inner) : IGraphStore
    {
        public string Name => inner.Name;
        public bool IsImmutable => inner.IsImmutable;
        public Task<GraphCounts> CountsAsync(CancellationToken ct = default) => inner.CountsAsync(ct);
        public Task<IReadOnlyList<Entity>> FindEntitiesAsync(string reference, CancellationToken ct = default) => inner.FindEntitiesAsync(reference, ct);
        public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetEntitiesAsync(ids, ct);
        public Task<IReadOnlyList<EntityLabels>> EntityLabelsAsync(CancellationToken ct = default) => inner.EntityLabelsAsync(ct);
        public Task<Page<Entity>> SearchEntitiesAsync(EntitySearch search, CancellationToken ct = default) => inner.SearchEntitiesAsync(search, ct);
        public Task<Page<Relation>> QueryRelationsAsync(RelationFilter filter, CancellationToken ct = default) => inner.QueryRelationsAsync(filter, ct);
        public Task<IReadOnlyList<Relation>> NeighbourRelationsAsync(
            IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<string>? predicates, CancellationToken ct = default) =>
            inner.NeighbourRelationsAsync(entityIds, direction, predicates, ct);
        public Task<PathSearchResult> FindPathsAsync(PathSearch search, CancellationToken ct = default) => inner.FindPathsAsync(search, ct);
        public Task<IReadOnlyList<Document>> DocumentsAsync(CancellationToken ct = default) => inner.DocumentsAsync(ct);
        public Task<IReadOnlyList<Predicate>> PredicatesAsync(CancellationToken ct = default) => inner.PredicatesAsync(ct);
        public Task<IReadOnlyList<EntityKind>> KindsAsync(CancellationToken ct = default) => inner.KindsAsync(ct);
    }
}
