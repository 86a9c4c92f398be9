using System.Diagnostics;
using System.Globalization;
using System.Text;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Benchmarks;

/// <summary>
/// The load script: for each size, generate (once), import into the embedded store, and measure load time, heap and
/// bytes per edge, pathway latencies over random connected pairs, and effects() on the biggest hub. Prints markdown.
/// </summary>
internal static class ScaleRunner
{
    public static async Task<int> RunAsync(IReadOnlyList<double> fractions, int queries, TextWriter output)
    {
        var rows = new List<string>();
        var seed = BenchmarkGraphs.CuratedSeed();
        foreach (var fraction in fractions)
        {
            var files = BenchmarkGraphs.Files(fraction);
            var (nodes, edges) = BenchmarkGraphs.Size(fraction);
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = Stopwatch.StartNew();
            var graph = BenchmarkGraphs.Load(seed, files);
            var load = clock.Elapsed;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            var gcHeap = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
            var bytesPerEdge = (after - before) / (double)edges;

            var reasoning = new ReasoningServices(new EmbeddedGraphStore(graph));
            var pairs = QueryPairs.Pick(graph, queries + 20, seed: 1);
            foreach (var (from, to) in pairs.Take(20)) await reasoning.Pathways.FindAsync(from, to, new PathwayOptions(4, 10)); // warm-up
            var times = new List<double>();
            var truncated = 0;
            var found = 0;
            foreach (var (from, to) in pairs.Skip(20))
            {
                clock.Restart();
                var result = await reasoning.Pathways.FindAsync(from, to, new PathwayOptions(4, 10));
                times.Add(clock.Elapsed.TotalMilliseconds);
                if (result.Truncated) truncated++;
                if (result.Pathways.Count > 0) found++;
            }
            times.Sort();

            // The store's path search alone (same bounds as PathwayFinder asks for), to split search from ranking and expansion.
            var store = new EmbeddedGraphStore(graph);
            var causal = graph.Predicates.Where(p => p.IsCausal).Select(p => p.Id).ToArray();
            var searchTimes = new List<double>();
            foreach (var (from, to) in pairs.Skip(20))
            {
                clock.Restart();
                await store.FindPathsAsync(new PathSearch(from, to, 4, causal, [], 10 * 4 + 20, QueryLimits.MaxPathExpansions));
                searchTimes.Add(clock.Elapsed.TotalMilliseconds);
            }
            searchTimes.Sort();

            var hub = QueryPairs.Hub(graph);
            await reasoning.Influences.EffectsAsync(hub.Id, 3); // warm-up
            clock.Restart();
            var effects = await reasoning.Influences.EffectsAsync(hub.Id, 3);
            var effectsMs = clock.Elapsed.TotalMilliseconds;

            var row = string.Create(CultureInfo.InvariantCulture,
                $"| {fraction:P0} | {nodes:N0} | {edges:N0} | {load.TotalSeconds:0.00} s | {after / 1048576.0:N0} MB | {gcHeap / 1048576.0:N0} MB | {bytesPerEdge:N0} | " +
                $"{Percentile(times, 0.50):0.00} ms | {Percentile(times, 0.99):0.00} ms | {times[^1]:0.00} ms | {Percentile(searchTimes, 0.50):0.00} / {Percentile(searchTimes, 0.99):0.00} ms | {found}/{times.Count} | {truncated} | " +
                $"{hub.Id} ({graph.Outgoing(hub.Id).Count:N0} out) | {effectsMs:0} ms, {effects.Influences.Count:N0} entities{(effects.Truncated ? ", truncated" : "")} |");
            rows.Add(row);
            await output.WriteLineAsync(row);
            graph = null;
            reasoning = null;
        }

        var table = new StringBuilder()
            .AppendLine("| size | nodes | edges | load | heap after load | GC heap size | bytes/edge | pathways p50 | p99 | max | search only p50 / p99 | found | truncated | hub | effects(hub, maxHops 3) |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows) table.AppendLine(row);
        await output.WriteLineAsync();
        await output.WriteAsync(table.ToString());
        return 0;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
