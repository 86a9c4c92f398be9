using System.Globalization;
using System.Net;

namespace MechanismGraph.Benchmarks.Soak;

/// <summary>
/// What the soak does: against which loopback server (and its process, for RSS), how many clients, for how long, how
/// long it then waits idle. Every bound is capped so a run always stops on its own.
/// </summary>
internal sealed record SoakOptions(Uri Url, int Pid, int Clients, TimeSpan Duration, TimeSpan Idle, long MaxRequests, int Nodes)
{
    public static SoakOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }
        var url = new Uri(Value("--url", "http://127.0.0.1:5600"));
        // Loopback only: this is a load generator, never to be pointed at someone else's service.
        if (!url.IsLoopback && !(IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip)))
            throw new ArgumentException($"--url must be a loopback address, not {url.Host}");
        return new SoakOptions(
            url,
            int.Parse(Value("--pid", "0"), CultureInfo.InvariantCulture),
            Math.Clamp(int.Parse(Value("--clients", "32"), CultureInfo.InvariantCulture), 1, 256),
            TimeSpan.FromSeconds(Math.Clamp(double.Parse(Value("--duration", "300"), CultureInfo.InvariantCulture), 1, 3600)),
            TimeSpan.FromSeconds(Math.Clamp(double.Parse(Value("--idle", "60"), CultureInfo.InvariantCulture), 0, 600)),
            Math.Clamp(long.Parse(Value("--max-requests", "2000000"), CultureInfo.InvariantCulture), 1, 10_000_000),
            Math.Max(2, int.Parse(Value("--nodes", "50000"), CultureInfo.InvariantCulture)));
    }
}
