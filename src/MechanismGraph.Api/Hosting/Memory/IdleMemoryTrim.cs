using System.Runtime;
using Microsoft.Extensions.Options;

namespace MechanismGraph.Api.Hosting.Memory;

/// <summary>
/// Gives memory back once the service goes quiet after work. A busy burst grows the heap; an idle process allocates
/// nothing, so no collection ever runs to shrink it (RSS stayed at 2.3× its start 60 s after a soak). One aggressive,
/// compacting collection per quiet period decommits what the burst left behind; it runs only when nobody is waiting.
/// </summary>
internal sealed class IdleMemoryTrim(IdleActivity activity, IOptions<IdleTrimOptions> options, ILogger<IdleMemoryTrim> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromSeconds(options.Value.IdleTrimSeconds);
        if (idle <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Min(5, Math.Max(1, idle.TotalSeconds / 2))));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!activity.ShouldTrim(idle)) continue;
            var before = GC.GetTotalMemory(false);
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            activity.Trimmed();
            logger.LogInformation("Idle for {Seconds} s after requests: heap {Before:N0} → {After:N0} bytes", idle.TotalSeconds, before, GC.GetTotalMemory(false));
        }
    }
}
