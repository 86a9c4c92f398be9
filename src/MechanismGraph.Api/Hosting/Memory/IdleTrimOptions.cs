using System.ComponentModel.DataAnnotations;

namespace MechanismGraph.Api.Hosting.Memory;

/// <summary>When the service gives memory back after a burst of work (<c>Memory:</c> settings).</summary>
public sealed class IdleTrimOptions
{
    public const string Section = "Memory";

    /// <summary>Seconds without a request, after requests, before one compacting collection returns freed memory to the system; 0 turns it off. Default: 10.</summary>
    [Range(0, 3600)]
    public int IdleTrimSeconds { get; set; } = 10;
}
