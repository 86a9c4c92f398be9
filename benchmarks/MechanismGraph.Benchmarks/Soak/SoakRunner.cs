using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace MechanismGraph.Benchmarks.Soak;

/// <summary>
/// The bounded soak (docs/reliability.md): <c>Clients</c> loops send the request mix for <c>Duration</c> (or until
/// <c>MaxRequests</c>) while a probe times a cheap request every 100 ms; the server's RSS is sampled before, throughout,
/// and after <c>Idle</c>. Prints requests, statuses and error codes, probe p50/p99, RSS before/peak/after.
/// </summary>
internal static class SoakRunner
{
    public static async Task<int> RunAsync(SoakOptions options, TextWriter output)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients + 4, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(60),
        };
        using var probeClient = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
        var loadBefore = LoadAverage();
        var before = Rss(options.Pid);
        long peak = before;
        var statuses = new ConcurrentDictionary<string, long>();
        var codes = new ConcurrentDictionary<string, long>();
        var probe = new ConcurrentBag<double>();
        long sent = 0;
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(options.Duration);

        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested) { peak = Math.Max(peak, Rss(options.Pid)); await Task.Delay(250); }
        });
        var prober = Task.Run(async () =>
        {
            var random = new Random(7);
            while (!stop.IsCancellationRequested)
            {
                var timer = Stopwatch.StartNew();
                using var answer = await probeClient.SendAsync(SoakRequests.Message(SoakRequests.Cheap(random)));
                await answer.Content.ReadAsStringAsync();
                probe.Add(timer.Elapsed.TotalMilliseconds);
                statuses.AddOrUpdate($"probe {(int)answer.StatusCode}", 1, (_, n) => n + 1);
                await Task.Delay(100);
            }
        });
        var clients = Enumerable.Range(0, options.Clients).Select(i => Task.Run(async () =>
        {
            var random = new Random(1000 + i);
            while (!stop.IsCancellationRequested && Interlocked.Increment(ref sent) <= options.MaxRequests)
            {
                var request = random.NextDouble() < 0.75 ? SoakRequests.Expensive(random, options.Nodes) : SoakRequests.Cheap(random);
                try
                {
                    using var answer = await client.SendAsync(SoakRequests.Message(request));
                    var body = await answer.Content.ReadAsStringAsync();
                    statuses.AddOrUpdate($"{request.Kind} {(int)answer.StatusCode}", 1, (_, n) => n + 1);
                    codes.AddOrUpdate(SoakRequests.CodeOf(body), 1, (_, n) => n + 1);
                    if (answer.StatusCode == HttpStatusCode.ServiceUnavailable && answer.Headers.RetryAfter?.Delta is { } wait)
                        await Task.Delay(wait / 10); // a polite client backs off a little
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    statuses.AddOrUpdate($"{request.Kind} {e.GetType().Name}", 1, (_, n) => n + 1);
                }
            }
        })).ToList();
        await Task.WhenAll(clients);
        await stop.CancelAsync();
        await Task.WhenAll(sampler, prober);
        var loadTime = clock.Elapsed;
        var loadDuring = LoadAverage();

        await Task.Delay(options.Idle);
        var after = Rss(options.Pid);
        Report(output, options, loadTime, statuses, codes, probe.ToArray(), before, peak, after);
        // Latencies mean little on a machine other work keeps busy: say how busy it was.
        output.WriteLine($"machine load average (1 min) before the load: {loadBefore}, at its end: {loadDuring}, cores: {Environment.ProcessorCount}");
        var serverErrors = statuses.Where(s => s.Key.EndsWith(" 500", StringComparison.Ordinal) || s.Key.EndsWith(" 502", StringComparison.Ordinal) || s.Key.EndsWith(" 504", StringComparison.Ordinal)).Sum(s => s.Value);
        return serverErrors == 0 ? 0 : 1;
    }

    private static void Report(TextWriter output, SoakOptions options, TimeSpan loadTime, IDictionary<string, long> statuses, IDictionary<string, long> codes,
        double[] probe, long before, long peak, long after)
    {
        Array.Sort(probe);
        double Percentile(double p) => probe.Length == 0 ? double.NaN : probe[Math.Min(probe.Length - 1, (int)Math.Ceiling(p * probe.Length) - 1)];
        output.WriteLine($"soak: {options.Clients} clients for {loadTime.TotalSeconds:0} s against {options.Url}, then {options.Idle.TotalSeconds:0} s idle");
        output.WriteLine($"requests: {statuses.Where(s => !s.Key.StartsWith("probe", StringComparison.Ordinal)).Sum(s => s.Value):N0} ({statuses.Where(s => !s.Key.StartsWith("probe", StringComparison.Ordinal)).Sum(s => s.Value) / loadTime.TotalSeconds:0.0}/s), probe requests: {probe.Length:N0}");
        output.WriteLine("| request kind and status | count |");
        output.WriteLine("|---|---|");
        foreach (var (key, count) in statuses.OrderBy(s => s.Key, StringComparer.Ordinal)) output.WriteLine($"| {key} | {count:N0} |");
        output.WriteLine("| error code | count |");
        output.WriteLine("|---|---|");
        foreach (var (key, count) in codes.OrderByDescending(c => c.Value)) output.WriteLine($"| {key} | {count:N0} |");
        output.WriteLine($"cheap probe during the load: p50 {Percentile(0.5):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {(probe.Length > 0 ? probe[^1] : double.NaN):0.0} ms");
        output.WriteLine($"server RSS: before {before / 1048576.0:0} MiB, peak {peak / 1048576.0:0} MiB, after {options.Idle.TotalSeconds:0} s idle {after / 1048576.0:0} MiB ({(before > 0 ? (double)after / before : double.NaN):0.00}x before)");
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "unknown"; }
    }

    // Resident set size of the server process, from /proc (Linux); 0 when unknown.
    private static long Rss(int pid)
    {
        if (pid <= 0) return 0;
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { return 0; }
    }
}
