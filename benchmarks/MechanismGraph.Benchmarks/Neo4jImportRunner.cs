using System.Diagnostics;
using System.Globalization;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Testing.Neo4jFake;

namespace MechanismGraph.Benchmarks;

/// <summary>
/// An import into Neo4j at a fraction of Hetionet's size, against the fake Query API with its statement-running database
/// in a child process (so the client's memory is measured alone): requests, batch size, time, and the client's managed
/// heap (sampled every 50 ms) and peak working set. docs/import.md quotes the numbers.
/// </summary>
internal static class Neo4jImportRunner
{
    /// <summary>The child: a fake Query API on a free port, its URL on stdout; prints the request count when stdin closes.</summary>
    public static async Task<int> ServeFakeAsync()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        fake.RecordBodies = false; // millions of rows: keep counts, not bodies
        var database = FakeGraphDatabase.AttachTo(fake);
        Console.WriteLine(fake.Url);
        await Console.In.ReadToEndAsync();
        Console.WriteLine($"{fake.RequestCount} requests; generations {string.Join(",", database.Generations.Select(g => $"{g.Number}:{g.State}"))}");
        return 0;
    }

    public static async Task<int> RunAsync(double[] fractions, TextWriter output)
    {
        var self = Environment.ProcessPath!;
        // Run as "dotnet X.dll" or as the apphost: the child is the same program either way.
        string[] arguments = self.EndsWith("dotnet", StringComparison.Ordinal) ? [typeof(Neo4jImportRunner).Assembly.Location, "--fake-neo4j"] : ["--fake-neo4j"];
        var start = new ProcessStartInfo(self, arguments) { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var child = Process.Start(start)!;
        var url = new Uri((await child.StandardOutput.ReadLineAsync())!);
        output.WriteLine("| size | rows | batch size | requests | time | rows/s | heap after load | peak heap while writing | peak working set |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        var seed = BenchmarkGraphs.CuratedSeed();
        foreach (var fraction in fractions)
        {
            var graph = BenchmarkGraphs.Load(seed, BenchmarkGraphs.Files(fraction));
            GC.Collect();
            var afterLoad = GC.GetGCMemoryInfo().HeapSizeBytes;
            using var http = new HttpClient();
            var options = new Neo4jConnectionOptions { Url = url, User = FakeQueryApi.User, Password = FakeQueryApi.Password, RequestTimeout = TimeSpan.FromMinutes(2) };
            var import = new Neo4jImportOptions();
            var requests = 0;
            var peakHeap = afterLoad;
            using var sampler = new Timer(_ => peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false)), null, 0, 50);
            var clock = Stopwatch.StartNew();
            var report = await new Neo4jSeeder(http, options, import).SeedAsync(graph, new Counting(() => requests++));
            clock.Stop();
            var rows = report.Kinds + report.Predicates + report.Documents + report.Entities + report.Relations;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {fraction:P0} | {rows:N0} | {import.BatchSize:N0} | {requests:N0} batches (+ {13 + 3} schema/generation requests, + removal) | {clock.Elapsed.TotalSeconds:0.0} s | {rows / clock.Elapsed.TotalSeconds:N0} | {afterLoad / 1048576.0:N0} MiB | {peakHeap / 1048576.0:N0} MiB | {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB |"));
        }
        child.StandardInput.Close();
        output.WriteLine(await child.StandardOutput.ReadToEndAsync());
        await child.WaitForExitAsync();
        return 0;
    }

    /// <summary>Counts batch progress reports: one per batch request (phase reports name the generation instead).</summary>
    private sealed class Counting(Action batch) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value)
        {
            if (value.What is "kinds" or "predicates" or "documents" or "entities" or "relations") batch();
        }
    }
}
