namespace MechanismGraph.Graph;

/// <summary>An id of the item at a position (a relation's id in a character buffer, without a string).</summary>
internal delegate ReadOnlySpan<char> IdAt(int position);

/// <summary>
/// Ordering and finding by id (ordinal) where items come in a few ascending runs: an import appends its sorted rows to
/// the seed's sorted ones, so two runs merge in one pass instead of a full sort.
/// </summary>
internal static class IdOrder
{
    /// <summary>Positions 0…count-1 in ascending order of <paramref name="compare"/>.</summary>
    public static int[] Of(int count, Comparison<int> compare)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++) order[i] = i;
        var descents = 0;
        var split = 0;
        for (var i = 1; i < count && descents < 2; i++)
            if (compare(i - 1, i) > 0) { descents++; split = i; }
        if (descents == 0) return order;
        if (descents == 1)
        {
            int left = 0, right = split, at = 0;
            while (left < split && right < count) order[at++] = compare(left, right) <= 0 ? left++ : right++;
            while (left < split) order[at++] = left++;
            while (right < count) order[at++] = right++;
            return order;
        }
        Array.Sort(order, compare);
        return order;
    }

    /// <summary>The position in [start, end) whose id equals <paramref name="id"/>, the ids there ascending; -1 when absent.</summary>
    public static int Find(int start, int end, ReadOnlySpan<char> id, IdAt idAt)
    {
        int low = start, high = end - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var order = idAt(middle).SequenceCompareTo(id);
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }
}
