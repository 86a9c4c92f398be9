using System.Buffers;
using MechanismGraph.Seed;

namespace MechanismGraph.Search;

/// <summary>
/// Entity labels (ids, CURIEs, names, aliases) indexed once, lower-cased: exact and prefix lookups are binary searches over
/// the sorted labels, token lookups over the sorted label tails that start at a later word, substring lookups start from
/// the rarest trigram's postings, and fuzzy suggestions score only the entities sharing the most trigrams with the query
/// (a bounded candidate set, never a walk over every label). Entities are the caller's dense numbers 0…n-1.
/// </summary>
public sealed class EntitySearchIndex
{
    /// <summary>Fewest entities whose edit distance a fuzzy query computes (more only when they tie on shared trigrams, up to 4×).</summary>
    public const int FuzzyCandidates = 64;

    /// <summary>Most labels one prefix or token tier scans for a ranked answer: a one-letter query must not walk half the graph.</summary>
    public const int TierScanLimit = 4096;

    private const char Boundary = '\u0002';

    private readonly string[] _labels;
    private readonly int[] _labelEntity;
    private readonly LabelKind[] _labelKind;
    private readonly int[] _byText;
    private readonly int[] _tailLabel;
    private readonly int[] _tailOffset;
    private readonly Dictionary<ulong, int[]> _grams;
    private readonly string[] _joined;

    private EntitySearchIndex(string[] labels, int[] labelEntity, LabelKind[] labelKind, string[] joined,
        int[] byText, int[] tailLabel, int[] tailOffset, Dictionary<ulong, int[]> grams)
    {
        (_labels, _labelEntity, _labelKind, _joined) = (labels, labelEntity, labelKind, joined);
        (_byText, _tailLabel, _tailOffset, _grams) = (byText, tailLabel, tailOffset, grams);
    }

    public int EntityCount => _joined.Length;

    /// <summary>Indexes each item's labels, given best kind first (a repeated text keeps its first kind).</summary>
    public static EntitySearchIndex Build<T>(IReadOnlyList<T> entities, Func<T, IEnumerable<(string Text, LabelKind Kind)>> labelsOf)
    {
        var labels = new List<string>(entities.Count * 3);
        var labelEntity = new List<int>(entities.Count * 3);
        var labelKind = new List<LabelKind>(entities.Count * 3);
        var joined = new string[entities.Count];
        var postings = new Dictionary<ulong, List<int>>();
        var own = new HashSet<ulong>();
        var texts = new List<string>();
        for (var e = 0; e < entities.Count; e++)
        {
            texts.Clear();
            own.Clear();
            foreach (var (text, kind) in labelsOf(entities[e]))
            {
                var lower = text.Trim().ToLowerInvariant();
                if (lower.Length == 0 || texts.Contains(lower)) continue;
                texts.Add(lower);
                labels.Add(lower);
                labelEntity.Add(e);
                labelKind.Add(kind);
                foreach (var gram in Grams(Padded(lower))) own.Add(gram);
            }
            joined[e] = string.Join('\n', texts);
            foreach (var gram in own)
            {
                if (!postings.TryGetValue(gram, out var list)) postings.Add(gram, list = []);
                list.Add(e);
            }
        }
        var labelArray = labels.ToArray();
        var byText = Enumerable.Range(0, labelArray.Length).ToArray();
        Array.Sort((string[])labelArray.Clone(), byText, StringComparer.Ordinal);
        var (tailLabel, tailOffset) = Tails(labelArray);
        var grams = new Dictionary<ulong, int[]>(postings.Count);
        foreach (var (gram, list) in postings) grams.Add(gram, list.ToArray());
        return new EntitySearchIndex(labelArray, labelEntity.ToArray(), labelKind.ToArray(), joined, byText, tailLabel, tailOffset, grams);
    }

    /// <summary>Every entity one of whose labels contains the text (ignoring case), ascending.</summary>
    public List<int> Containing(string text)
    {
        var query = text.Trim().ToLowerInvariant();
        var found = new List<int>();
        if (query.Length == 0) return found;
        // Three characters or more: only entities holding the query's rarest trigram can contain it.
        IEnumerable<int> candidates = Enumerable.Range(0, _joined.Length);
        if (query.Length >= 3)
        {
            int[]? rarest = null;
            foreach (var gram in Grams(query))
            {
                if (!_grams.TryGetValue(gram, out var posting)) return found;
                if (rarest is null || posting.Length < rarest.Length) rarest = posting;
            }
            candidates = rarest!;
        }
        foreach (var e in candidates)
            if (_joined[e].Contains(query, StringComparison.Ordinal)) found.Add(e);
        return found;
    }

    /// <summary>
    /// Up to <paramref name="count"/> entities for the text, best first: exact label (id before CURIE before name before
    /// alias), then labels starting with it, then labels with a later word starting with it, then labels containing it,
    /// then labels within max(3, length/3) edits. Within a tier: fewest extra characters (or edits), then label kind, then label.
    /// </summary>
    public IReadOnlyList<SearchHit> Rank(string text, int count)
    {
        var query = text.Trim().ToLowerInvariant();
        var hits = new List<SearchHit>();
        if (query.Length == 0 || count <= 0) return hits;
        var seen = new HashSet<int>();
        var tier = new List<SearchHit>();

        var at = LowerBound(_byText, query, _ => 0);
        for (var i = at; i < _byText.Length && i - at < TierScanLimit && _labels[_byText[i]].StartsWith(query, StringComparison.Ordinal); i++)
        {
            var label = _byText[i];
            var extra = _labels[label].Length - query.Length;
            tier.Add(new SearchHit(_labelEntity[label], extra == 0 ? MatchTier.Exact : MatchTier.Prefix, _labelKind[label], extra, _labels[label]));
        }
        if (Take(tier, hits, seen, count)) return hits;

        var tailAt = LowerBound(_tailLabel, query, i => _tailOffset[i]);
        for (var i = tailAt; i < _tailLabel.Length && i - tailAt < TierScanLimit && Tail(i).StartsWith(query, StringComparison.Ordinal); i++)
        {
            var label = _tailLabel[i];
            tier.Add(new SearchHit(_labelEntity[label], MatchTier.Token, _labelKind[label], _labels[label].Length - query.Length, _labels[label]));
        }
        if (Take(tier, hits, seen, count)) return hits;

        foreach (var e in Containing(query))
        {
            if (seen.Contains(e)) continue;
            var label = Labels(e).First(l => _labels[l].Contains(query, StringComparison.Ordinal));
            tier.Add(new SearchHit(e, MatchTier.Substring, _labelKind[label], _labels[label].Length - query.Length, _labels[label]));
        }
        if (Take(tier, hits, seen, count)) return hits;

        var allowed = Math.Max(3, query.Length / 3);
        foreach (var e in FuzzyCandidatesFor(query))
        {
            if (seen.Contains(e)) continue;
            var best = Labels(e).Select(l => (Label: l, Distance: EditDistance.Between(query, _labels[l]))).MinBy(x => x.Distance);
            if (best.Distance <= allowed)
                tier.Add(new SearchHit(e, MatchTier.Fuzzy, _labelKind[best.Label], best.Distance, _labels[best.Label]));
        }
        Take(tier, hits, seen, count);
        return hits;
    }

    /// <summary>Moves the tier's hits, ranked, into the answer (one per entity); true once the answer is full.</summary>
    private static bool Take(List<SearchHit> tier, List<SearchHit> hits, HashSet<int> seen, int count)
    {
        tier.Sort(static (a, b) =>
        {
            var order = a.Tier.CompareTo(b.Tier);
            if (order == 0) order = a.Distance.CompareTo(b.Distance);
            if (order == 0) order = a.Kind.CompareTo(b.Kind);
            if (order == 0) order = string.CompareOrdinal(a.Label, b.Label);
            return order == 0 ? a.Entity.CompareTo(b.Entity) : order;
        });
        foreach (var hit in tier)
            if (hits.Count < count && seen.Add(hit.Entity)) hits.Add(hit);
        tier.Clear();
        return hits.Count >= count;
    }

    /// <summary>The entities sharing the most padded trigrams with the query: at least <see cref="FuzzyCandidates"/> when that many share any.</summary>
    private List<int> FuzzyCandidatesFor(string query)
    {
        var grams = Grams(Padded(query)).Distinct().ToArray();
        var shared = ArrayPool<int>.Shared.Rent(_joined.Length);
        Array.Clear(shared, 0, _joined.Length); // a pooled array comes back as its last user left it
        var touched = new List<int>();
        try
        {
            foreach (var gram in grams)
            {
                if (!_grams.TryGetValue(gram, out var posting)) continue;
                foreach (var e in posting)
                    if (shared[e]++ == 0) touched.Add(e);
            }
            // Counts are small (at most the query's trigrams): a histogram finds the cut without sorting the touched set.
            var histogram = new int[grams.Length + 1];
            foreach (var e in touched) histogram[shared[e]]++;
            int cut = grams.Length, kept = 0;
            while (cut > 1 && kept + histogram[cut] < FuzzyCandidates) kept += histogram[cut--];
            var candidates = new List<int>();
            foreach (var e in touched)
                if (shared[e] >= cut && (shared[e] > cut || candidates.Count < 4 * FuzzyCandidates)) candidates.Add(e);
            return candidates;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(shared);
        }
    }

    private IEnumerable<int> Labels(int entity)
    {
        // Labels were added entity by entity: find the first by binary search, then walk while the entity holds.
        int low = 0, high = _labelEntity.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_labelEntity[middle] < entity) low = middle + 1;
            else high = middle;
        }
        for (var l = low; l < _labelEntity.Length && _labelEntity[l] == entity; l++) yield return l;
    }

    private ReadOnlySpan<char> Tail(int tail) => _labels[_tailLabel[tail]].AsSpan(_tailOffset[tail]);

    /// <summary>First position in a sorted list of (label, offset) whose text is not below the query.</summary>
    private int LowerBound(int[] sortedLabels, string query, Func<int, int> offsetAt)
    {
        int low = 0, high = sortedLabels.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_labels[sortedLabels[middle]].AsSpan(offsetAt(middle)).SequenceCompareTo(query) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>Each label's later words (the text from each word start after the first), sorted by that text.</summary>
    private static (int[] Label, int[] Offset) Tails(string[] labels)
    {
        var label = new List<int>();
        var offset = new List<int>();
        for (var l = 0; l < labels.Length; l++)
        {
            var text = labels[l];
            for (var i = 1; i < text.Length; i++)
                if (char.IsLetterOrDigit(text[i]) && !char.IsLetterOrDigit(text[i - 1])) { label.Add(l); offset.Add(i); }
        }
        var labelArray = label.ToArray();
        var offsetArray = offset.ToArray();
        var order = Enumerable.Range(0, labelArray.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byText = labels[labelArray[a]].AsSpan(offsetArray[a]).SequenceCompareTo(labels[labelArray[b]].AsSpan(offsetArray[b]));
            return byText != 0 ? byText : a.CompareTo(b);
        });
        return (order.Select(i => labelArray[i]).ToArray(), order.Select(i => offsetArray[i]).ToArray());
    }

    /// <summary>Boundary marks before and after, so a label's first and last letters weigh in fuzzy matching.</summary>
    private static string Padded(string text) => $"{Boundary}{Boundary}{text}{Boundary}";

    private static IEnumerable<ulong> Grams(string text)
    {
        for (var i = 0; i + 3 <= text.Length; i++)
            yield return ((ulong)text[i] << 32) | ((ulong)text[i + 1] << 16) | text[i + 2];
    }
}
