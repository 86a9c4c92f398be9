using System.Text;

namespace MechanismGraph.Reasoning.Diagrams;

/// <summary>
/// Turns entity ids into diagram identifiers: <c>nmda-receptor</c> → <c>e_nmda_receptor</c>. The prefix keeps clear of
/// Mermaid keywords (<c>end</c>, <c>graph</c>) and of ids starting with <c>o</c>/<c>x</c> that Mermaid reads as edge heads;
/// ids that collide after cleaning get a numeric suffix in order of first use.
/// </summary>
internal sealed class NodeIds
{
    private readonly Dictionary<string, string> _assigned = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string For(string entityId)
    {
        if (_assigned.TryGetValue(entityId, out var id)) return id;
        var clean = Clean("e_", entityId);
        id = clean;
        for (var n = 2; !_used.Add(id); n++) id = $"{clean}_{n}";
        _assigned.Add(entityId, id);
        return id;
    }

    /// <summary>ASCII letters and digits kept, everything else (hyphens, dots, non-ASCII letters) becomes '_'.</summary>
    public static string Clean(string prefix, string text)
    {
        var builder = new StringBuilder(prefix, prefix.Length + text.Length);
        foreach (var c in text) builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        return builder.ToString();
    }
}
