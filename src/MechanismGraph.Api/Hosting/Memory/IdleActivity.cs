namespace MechanismGraph.Api.Hosting.Memory;

/// <summary>When the last request arrived, and whether any arrived since the last trim.</summary>
internal sealed class IdleActivity
{
    private long _lastRequestTicks;
    private int _busySinceTrim;

    public void RequestArrived()
    {
        Volatile.Write(ref _lastRequestTicks, Environment.TickCount64);
        Volatile.Write(ref _busySinceTrim, 1);
    }

    /// <summary>True once per quiet period: requests came since the last trim, and none for <paramref name="idle"/>.</summary>
    public bool ShouldTrim(TimeSpan idle) =>
        Volatile.Read(ref _busySinceTrim) == 1
        && Environment.TickCount64 - Volatile.Read(ref _lastRequestTicks) >= (long)idle.TotalMilliseconds
        && Interlocked.Exchange(ref _busySinceTrim, 0) == 1;

    private int _trims;

    /// <summary>How many trims have run.</summary>
    public int Trims => Volatile.Read(ref _trims);

    public void Trimmed() => Interlocked.Increment(ref _trims);
}
