using MechanismGraph.Model;

namespace MechanismGraph.Storage.Embedded;

/// <summary>Which predicates a walk may follow, as a mask over the graph's dense predicate numbers (its id-sorted predicates).</summary>
internal static class PredicateMask
{
    public static void Fill(bool[] mask, IReadOnlyList<Predicate> predicates, IReadOnlyCollection<string> allowed)
    {
        var wanted = allowed.ToHashSet(StringComparer.Ordinal);
        for (var p = 0; p < predicates.Count; p++) mask[p] = wanted.Contains(predicates[p].Id);
    }
}
