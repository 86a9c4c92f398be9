using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MechanismGraph.Api.Hosting.Admission;

/// <summary>
/// Two lanes of concurrency limits with short FIFO queues: heavy work (costly GraphQL, MCP tool calls) and light
/// work (cheap GraphQL). Light requests never wait behind heavy ones, so a cheap probe answers during a heavy load.
/// </summary>
internal sealed class ExecutionAdmission : IDisposable
{
    private readonly ConcurrencyLimiter _heavy;
    private readonly ConcurrencyLimiter _light;
    private readonly AdmissionOptions _options;

    public ExecutionAdmission(IOptions<AdmissionOptions> options)
    {
        _options = options.Value;
        _heavy = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _options.HeavySlots, QueueLimit = _options.HeavyQueue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _light = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _options.MaxLightConcurrency, QueueLimit = _options.LightQueueLength, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public int RetryAfterSeconds => _options.RetryAfterSeconds;

    public bool IsLight(double cost) => cost <= _options.LightCost;

    /// <summary>A slot in the lane for this cost, or a lease that was not acquired (the caller sheds the request).</summary>
    public ValueTask<RateLimitLease> AcquireAsync(bool heavy, CancellationToken cancellationToken) =>
        (heavy ? _heavy : _light).AcquireAsync(1, cancellationToken);

    public void Dispose()
    {
        _heavy.Dispose();
        _light.Dispose();
    }
}
