namespace MechanismGraph.Storage.Embedded;

/// <summary>How many more relations one path search may scan; checks cancellation as it is spent.</summary>
internal sealed class WorkBudget(long relations, CancellationToken cancellationToken)
{
    private long _left = relations;
    private long _sinceCheck;

    public bool Exhausted { get; private set; }

    /// <summary>Spends <paramref name="count"/> relation scans; false (and <see cref="Exhausted"/>) when there are not that many left.</summary>
    public bool Spend(int count)
    {
        if ((_sinceCheck += count) > 4096)
        {
            _sinceCheck = 0;
            cancellationToken.ThrowIfCancellationRequested();
        }
        if ((_left -= count) >= 0) return true;
        Exhausted = true;
        return false;
    }
}
