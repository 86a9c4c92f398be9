using System.Text;

namespace MechanismGraph.Seed;

/// <summary>
/// Finds a quote in a document, tolerating typographic quotes and differences in whitespace,
/// and returns offsets into the original text.
/// </summary>
internal sealed class QuoteLocator
{
    private readonly string _original;
    private readonly string _normalized;
    // _map[i] is the offset in the original text of normalized character i.
    private readonly int[] _map;

    public QuoteLocator(string text)
    {
        _original = text;
        (_normalized, _map) = Normalize(text);
    }

    /// <summary>The [start, end) span of the first occurrence of the quote, or null.</summary>
    public (int Start, int End)? Find(string quote)
    {
        var (needle, _) = Normalize(quote.Trim());
        if (needle.Length == 0) return null;
        var at = _normalized.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0) return null;
        return (_map[at], _map[at + needle.Length - 1] + 1);
    }

    /// <summary>The sentence of the document sharing the most words with the quote, for "did you mean".</summary>
    public string ClosestPassage(string quote)
    {
        var wanted = Words(quote);
        var best = "";
        var bestScore = -1.0;
        foreach (var sentence in Sentences(_original))
        {
            var words = Words(sentence);
            if (words.Count == 0) continue;
            var shared = wanted.Count(words.Contains);
            var score = shared / (double)Math.Max(wanted.Count, 1) - 0.001 * Math.Abs(words.Count - wanted.Count);
            if (score > bestScore) (best, bestScore) = (sentence, score);
        }
        return best.Length > 200 ? best[..197] + "..." : best;
    }

    private static (string Text, int[] Map) Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { pendingSpace = builder.Length > 0; continue; }
            if (pendingSpace) { builder.Append(' '); map.Add(i - 1); pendingSpace = false; }
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u2033' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                _ => c,
            });
            map.Add(i);
        }
        return (builder.ToString(), map.ToArray());
    }

    private static HashSet<string> Words(string text) =>
        Normalize(text).Text.ToLowerInvariant()
            .Split([' ', ',', '.', ';', ':', '(', ')', '"', '?', '!'], StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet();

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] is '\n' || (text[i] is '.' or '?' or '!' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!end) continue;
            var sentence = text[start..(i + 1)].Trim();
            if (sentence.Length > 0) yield return sentence;
            start = i + 1;
        }
        if (start < text.Length && text[start..].Trim() is { Length: > 0 } rest) yield return rest;
    }
}
