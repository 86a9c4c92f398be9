using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace MechanismGraph.Storage.Neo4j;

/// <summary>
/// The Cypher statements, one embedded <c>.cypher</c> file each, loaded by name. A file may contain
/// <c>{{NAME}}</c> placeholders where Cypher accepts no parameter (path-length bounds, SHORTEST k);
/// only validated integers are ever substituted there, never user text.
/// </summary>
internal static partial class Neo4jStatements
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string Get(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(Neo4jStatements).Assembly.GetManifestResourceStream($"Cypher.{n}")
            ?? throw new InvalidOperationException($"No embedded Cypher statement '{n}.cypher'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The statement with each placeholder replaced by its integer, checked against its range.</summary>
    public static string Get(string name, params (string Placeholder, int Value, int Min, int Max)[] values)
    {
        var text = Get(name);
        foreach (var (placeholder, value, min, max) in values)
        {
            if (value < min || value > max)
                throw new ArgumentOutOfRangeException(placeholder, value, $"{placeholder} must be between {min} and {max}.");
            text = text.Replace("{{" + placeholder + "}}", value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        if (Placeholder().Match(text) is { Success: true } left)
            throw new InvalidOperationException($"Statement '{name}' still has placeholder {left.Value}.");
        return text;
    }

    /// <summary>Every statement name shipped, for tests and the offline Cypher check.</summary>
    public static IEnumerable<string> Names =>
        typeof(Neo4jStatements).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("Cypher.", StringComparison.Ordinal)).Select(n => n["Cypher.".Length..]);

    [GeneratedRegex(@"\{\{[A-Z_]+\}\}")]
    private static partial Regex Placeholder();
}
