using System.ComponentModel.DataAnnotations;

namespace MechanismGraph.Api.Hosting.Admission;

/// <summary>
/// The <c>Admission</c> configuration section: how much GraphQL and MCP work runs at once, and how long a request may
/// wait for its turn. Past the queue a request is shed at once with 503 and Retry-After, so the requests already
/// admitted finish and /health keeps answering.
/// </summary>
internal sealed class AdmissionOptions
{
    public const string Section = "Admission";

    /// <summary>
    /// Heavy requests (GraphQL costlier than <see cref="LightCost"/>, every MCP tool call) executing at once.
    /// Default: 0, meaning the processor count (at least 2).
    /// </summary>
    [Range(0, 1024)]
    public int MaxHeavyConcurrency { get; set; }

    /// <summary>Heavy requests that may wait for a slot; past it they get 503. Default: 0, meaning twice the slots.</summary>
    [Range(0, 4096)]
    public int HeavyQueueLength { get; set; }

    /// <summary>Light GraphQL requests (cost at most <see cref="LightCost"/>) executing at once. Default: 64.</summary>
    [Range(1, 4096)]
    public int MaxLightConcurrency { get; set; } = 64;

    /// <summary>Light requests that may wait for a slot. Default: 256.</summary>
    [Range(0, 65536)]
    public int LightQueueLength { get; set; } = 256;

    /// <summary>Largest GraphQL cost still treated as light (lookups, stats, small pages). Default: 200.</summary>
    [Range(0, int.MaxValue)]
    public int LightCost { get; set; } = 200;

    /// <summary>Seconds a shed client is told to wait (Retry-After). Default: 1.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 1;

    public int HeavySlots => MaxHeavyConcurrency > 0 ? MaxHeavyConcurrency : Math.Max(2, Environment.ProcessorCount);

    public int HeavyQueue => HeavyQueueLength > 0 ? HeavyQueueLength : 2 * HeavySlots;
}
