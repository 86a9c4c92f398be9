using System.ComponentModel.DataAnnotations;

namespace MechanismGraph.Api.Hosting.Admission;

/// <summary>
/// The <c>RateLimit</c> configuration section: a token bucket per client address (ASP.NET Core's rate-limiting
/// middleware). Loopback clients are not limited unless <see cref="LimitLoopback"/> is set; /health never is.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Whether clients are rate limited at all. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client may make per second, sustained. Default: 50.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 50;

    /// <summary>Requests a client may make in a burst above the sustained rate. Default: 200.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 200;

    /// <summary>Whether loopback clients (127.0.0.1, ::1, in-process tests) are limited too. Default: false.</summary>
    public bool LimitLoopback { get; set; }
}
