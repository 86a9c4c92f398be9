using System.Diagnostics;
using System.Globalization;
using MechanismGraph.Storage;
using Spectre.Console;

namespace MechanismGraph.Cli.Commands;

/// <summary>
/// Progress of a seed or import: a bar on an interactive terminal, plain lines otherwise (CI logs, tests), each with the
/// rows written, rows/s and the time left at that rate. Plain lines come at most every 2 s, plus each new phase.
/// </summary>
internal static class SeedProgressDisplay
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(2);

    public static async Task<SeedReport> RunAsync(TextWriter output, Func<IProgress<SeedProgress>, Task<SeedReport>> seed)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var clock = Stopwatch.StartNew();
        if (!console.Profile.Capabilities.Interactive)
        {
            var last = "";
            var lastLine = TimeSpan.MinValue;
            return await seed(new Reported<SeedProgress>(p =>
            {
                var newPhase = p.What != last;
                if (!newPhase && clock.Elapsed - lastLine < LineInterval && p.Done != p.Total) return;
                last = p.What;
                lastLine = clock.Elapsed;
                output.WriteLine(p.Total == 0 ? $"  {p.What}…" : $"  writing {p.What}: {Rate(p, clock.Elapsed)}");
            }));
        }
        SeedReport? report = null;
        await console.Progress().StartAsync(async ctx =>
        {
            var task = ctx.AddTask("Seeding the store");
            report = await seed(new Reported<SeedProgress>(p =>
            {
                if (p.Total > 0)
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                }
                task.Description = p.Total == 0 ? p.What : $"Writing {p.What} ({Rate(p, clock.Elapsed)})";
            }));
        });
        return report!;
    }

    /// <summary>"12,000 of 2,300,000 rows, 8,100 rows/s, about 4 min 42 s left".</summary>
    internal static string Rate(SeedProgress p, TimeSpan elapsed)
    {
        var perSecond = elapsed.TotalSeconds > 0 ? p.Done / elapsed.TotalSeconds : 0;
        var left = perSecond > 0 ? TimeSpan.FromSeconds((p.Total - p.Done) / perSecond) : (TimeSpan?)null;
        var eta = left is { } t ? (t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes} min {t.Seconds} s" : $"{t.Seconds} s") : "unknown";
        return string.Create(CultureInfo.InvariantCulture, $"{p.Done:N0} of {p.Total:N0} rows, {perSecond:N0} rows/s, about {eta} left");
    }
}

/// <summary>Reports on the caller's thread, at once: <see cref="Progress{T}"/> would post to the thread pool and could write after the command returned.</summary>
internal sealed class Reported<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
