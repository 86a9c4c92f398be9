using System.Diagnostics;
using System.Globalization;

namespace MechanismGraph.Benchmarks;

/// <summary>
/// "--load [fraction] [runs]": seed-data plus the generated graph, loaded cold: wall, process and thread CPU time, GC pause time,
/// collections, and live heap bytes per relation after load (what issue 12's "load ≤ 6 s" is measured with).
/// </summary>
internal static class LoadRunner
{
    public static int Run(double fraction, int runs, TextWriter output)
    {
        var seed = BenchmarkGraphs.CuratedSeed();
        var files = BenchmarkGraphs.Files(fraction);
        for (var run = 1; run <= runs; run++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var pause = GC.GetTotalPauseDuration();
            var gen2 = GC.CollectionCount(2);
            var gen1 = GC.CollectionCount(1);
            var gen0 = GC.CollectionCount(0);
            var allocated = GC.GetTotalAllocatedBytes();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var thread = ThreadCpu.Milliseconds();
            var clock = Stopwatch.StartNew();
            var graph = BenchmarkGraphs.Load(seed, files);
            var wall = clock.Elapsed;
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            thread = ThreadCpu.Milliseconds() - thread;
            pause = GC.GetTotalPauseDuration() - pause;
            gen2 = GC.CollectionCount(2) - gen2;
            gen1 = GC.CollectionCount(1) - gen1;
            gen0 = GC.CollectionCount(0) - gen0;
            allocated = GC.GetTotalAllocatedBytes() - allocated;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {graph.Relations.Count:N0} relations, wall {wall.TotalSeconds:0.00} s, CPU {cpu.TotalSeconds:0.00} s (loading thread {thread / 1000:0.00} s), GC pause {pause.TotalSeconds:0.00} s ({gen0}/{gen1}/{gen2} collections of gen 0/1/2), allocated {allocated / 1048576.0:N0} MB, " +
                $"heap after load {(after - before) / 1048576.0:N0} MB = {(after - before) / (double)graph.Relations.Count:N0} bytes/relation"));
            GC.KeepAlive(graph);
        }
        return 0;
    }
}
