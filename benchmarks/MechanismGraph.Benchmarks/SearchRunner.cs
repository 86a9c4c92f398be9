using System.Diagnostics;
using System.Globalization;
using MechanismGraph.Reasoning;
using MechanismGraph.Search;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Benchmarks;

/// <summary>
/// "--search [fraction] [queries]": the label index at a generated size: its build time, then p50/p99 of entity(ref:) by id
/// and by name, entities(search:) by substring and by prefix, and a misspelt reference (NOT_FOUND with suggestions).
/// </summary>
internal static class SearchRunner
{
    public static async Task<int> RunAsync(double fraction, int queries, TextWriter output)
    {
        var graph = BenchmarkGraphs.Load(BenchmarkGraphs.CuratedSeed(), BenchmarkGraphs.Files(fraction));
        var clock = Stopwatch.StartNew();
        var index = EntitySearchIndex.Build(graph.Entities, e => [(e.Id, LabelKind.Id), (e.Name, LabelKind.Name)]);
        var buildMs = clock.Elapsed.TotalMilliseconds;
        var store = new EmbeddedGraphStore(graph);
        var reasoning = new ReasoningServices(store);
        clock.Restart();
        _ = await reasoning.Resolver.SuggestAsync("warm", 1);
        var labelsMs = clock.Elapsed.TotalMilliseconds;
        _ = await store.SearchEntitiesAsync(new EntitySearch("warm", null, null, 1));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{graph.Entities.Count:N0} entities: index build {buildMs:0} ms (ids and names, this thread); the resolver's label index (labels read + build) {labelsMs:0} ms"));

        var random = new Random(7);
        var sample = Enumerable.Range(0, queries).Select(_ => graph.EntityAt(random.Next(graph.Entities.Count))).ToArray();
        var cases = new (string Name, Func<Model.Entity, Task> Run)[]
        {
            ("entity(ref:) by id", e => reasoning.Resolver.ResolveAsync(e.Id, "ref")),
            ("entity(ref:) by name", e => reasoning.Resolver.ResolveAsync(e.Name, "ref")),
            ("entities(search:) substring of a name", e => store.SearchEntitiesAsync(new EntitySearch(e.Name[2..], null, null, 20))),
            ("entities(search:) 3-letter prefix", e => store.SearchEntitiesAsync(new EntitySearch(e.Name[..3], null, null, 20))),
            ("entity(ref:) misspelt (NOT_FOUND + did you mean)", async e =>
            {
                try { await reasoning.Resolver.ResolveAsync(e.Name[..^1] + "#" + e.Name[^1], "ref"); }
                catch (MechanismGraphException) { }
            }),
        };
        await output.WriteLineAsync("| query | p50 | p99 | max |");
        await output.WriteLineAsync("|---|---|---|---|");
        foreach (var (name, run) in cases)
        {
            foreach (var e in sample.Take(20)) await run(e);
            var times = new List<double>(sample.Length);
            foreach (var e in sample)
            {
                clock.Restart();
                await run(e);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Percentile(times, 0.5):0.000} ms | {Percentile(times, 0.99):0.000} ms | {times[^1]:0.000} ms |"));
        }
        return 0;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
