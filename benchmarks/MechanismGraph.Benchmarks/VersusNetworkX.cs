using System.Diagnostics;
using System.Globalization;
using MechanismGraph.Graph;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Benchmarks;

/// <summary>
/// MechanismGraph against NetworkX on the same graph and pairs (docs/performance.md, "Side by side"): loads the
/// Hetionet-size generated graph, writes its causal relations for NetworkX, draws 300 seeded connected pairs, and for
/// each maxHops runs both on each pair in turn (interleaved, so load on the machine hits both alike): k = 10 shortest
/// simple paths within maxHops. Prints p50/p99 of each, their ratios, answers, bytes per relation and load time.
/// </summary>
internal static class VersusNetworkX
{
    private const int K = 10;
    // Every maxHops the API accepts (1–10), not only those the issue named: cost must not grow with the bound.
    private static readonly int[] HopBounds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    public static async Task<int> RunAsync(string python, string script, int pairCount, TextWriter output)
    {
        var seed = BenchmarkGraphs.CuratedSeed();
        var files = BenchmarkGraphs.Files(1.0);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var graph = BenchmarkGraphs.Load(seed, files);
        var load = clock.Elapsed;
        var heap = GC.GetTotalMemory(forceFullCollection: true) - before;
        var relations = graph.Relations.Count;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"graph: {graph.Entities.Count:N0} entities, {relations:N0} relations; load {load.TotalSeconds:0.00} s; topology {graph.Topology.Bytes / (double)relations:0.0} B/relation; whole heap {heap / (double)relations:0} B/relation ({heap / 1048576.0:N0} MB)"));

        var causal = graph.Predicates.Where(p => p.IsCausal).Select(p => p.Id).ToArray();
        var edgesFile = Path.Combine(BenchmarkGraphs.Root, "causal-edges.txt");
        await WriteCausalEdgesAsync(graph, causal, edgesFile);
        var pairs = QueryPairs.Pick(graph, pairCount, seed: 12);

        using var networkx = Process.Start(new ProcessStartInfo(python, [script, edgesFile])
            { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false })!;
        await output.WriteLineAsync($"networkx: {await networkx.StandardOutput.ReadLineAsync()}");

        var store = new EmbeddedGraphStore(graph);
        var reasoning = new ReasoningServices(store);
        // Warm-up: every pair twice, then a pause, so the JIT's background tier-up (starved on a loaded machine) has
        // replaced the first, unoptimised code of the hot methods, as in a server that has been running a while.
        foreach (var maxHops in (int[])[2, 4])
            foreach (var (from, to) in pairs)
            {
                await store.FindPathsAsync(new PathSearch(from, to, maxHops, causal, [], K, QueryLimits.MaxPathExpansions));
                await reasoning.Pathways.FindAsync(from, to, new PathwayOptions(maxHops, K));
            }
        await Task.Delay(TimeSpan.FromSeconds(3));

        await output.WriteLineAsync();
        await output.WriteLineAsync("| maxHops | MechanismGraph p50 | p99 | NetworkX p50 | p99 | ratio p50 | ratio p99 | MG answers (empty where NX found) | incomplete | same hop counts (unexplained by parallel relations) | pathways() p50 / p99 | MG CPU p50 / p99 | NX CPU p50 / p99 | CPU ratio p50 / p99 |");
        await output.WriteLineAsync("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var maxHops in HopBounds)
        {
            var ours = new List<double>();
            var theirs = new List<double>();
            var oursCpu = new List<double>();
            var theirsCpu = new List<double>();
            var full = new List<double>();
            int emptyWhereFound = 0, incomplete = 0, sameLengths = 0, answered = 0, unexplained = 0;
            foreach (var (from, to) in pairs)
            {
                var cpu = ThreadCpu.Milliseconds();
                clock.Restart();
                var result = await store.FindPathsAsync(new PathSearch(from, to, maxHops, causal, [], K, QueryLimits.MaxPathExpansions));
                ours.Add(clock.Elapsed.TotalMilliseconds);
                oursCpu.Add(ThreadCpu.Milliseconds() - cpu);

                await networkx.StandardInput.WriteLineAsync($"{from}\t{to}\t{maxHops}\t{K}");
                await networkx.StandardInput.FlushAsync();
                var reply = (await networkx.StandardOutput.ReadLineAsync())!.Split('\t');
                var theirCount = int.Parse(reply[0], CultureInfo.InvariantCulture);
                theirs.Add(double.Parse(reply[1], CultureInfo.InvariantCulture));
                theirsCpu.Add(double.Parse(reply[3], CultureInfo.InvariantCulture));

                clock.Restart();
                await reasoning.Pathways.FindAsync(from, to, new PathwayOptions(maxHops, K));
                full.Add(clock.Elapsed.TotalMilliseconds);

                if (result.Paths.Count > 0) answered++;
                if (result.Paths.Count == 0 && theirCount > 0) emptyWhereFound++;
                if (result.Truncated) incomplete++;
                // NetworkX's DiGraph merges parallel relations, so where they differ ours may only be shorter (parallel variants of a path).
                var ourHops = result.Paths.Select(p => p.Count).ToArray();
                var theirHops = reply[2].Length == 0 ? [] : reply[2].Split(',').Select(int.Parse).ToArray();
                if (ourHops.SequenceEqual(theirHops)) sameLengths++;
                else if (ourHops.Length < theirHops.Length || ourHops.Zip(theirHops).Any(h => h.First > h.Second)) unexplained++;
            }
            ours.Sort();
            theirs.Sort();
            full.Sort();
            oursCpu.Sort();
            theirsCpu.Sort();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {maxHops} | {P(ours, 0.5):0.000} ms | {P(ours, 0.99):0.000} | {P(theirs, 0.5):0.000} | {P(theirs, 0.99):0.000} | {P(ours, 0.5) / P(theirs, 0.5):0.000} | {P(ours, 0.99) / P(theirs, 0.99):0.000} | " +
                $"{answered}/{pairs.Count} ({emptyWhereFound}) | {incomplete} | {sameLengths}/{pairs.Count} ({unexplained}) | {P(full, 0.5):0.000} / {P(full, 0.99):0.000} | " +
                $"{P(oursCpu, 0.5):0.000} / {P(oursCpu, 0.99):0.000} | {P(theirsCpu, 0.5):0.000} / {P(theirsCpu, 0.99):0.000} | {P(oursCpu, 0.5) / P(theirsCpu, 0.5):0.000} / {P(oursCpu, 0.99) / P(theirsCpu, 0.99):0.000} |"));
        }
        networkx.StandardInput.Close();
        await networkx.WaitForExitAsync();
        return 0;
    }

    private static async Task WriteCausalEdgesAsync(KnowledgeGraph graph, string[] causal, string path)
    {
        var allowed = causal.ToHashSet(StringComparer.Ordinal);
        await using var writer = new StreamWriter(path);
        foreach (var relation in graph.Relations)
            if (allowed.Contains(relation.PredicateId)) await writer.WriteLineAsync($"{relation.SubjectId}\t{relation.ObjectId}");
    }

    private static double P(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
