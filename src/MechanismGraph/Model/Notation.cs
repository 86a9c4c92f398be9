namespace MechanismGraph.Model;

/// <summary>The snake_case spelling of the model's enums in seed files, exports and Neo4j (as Biolink spells its enums).</summary>
public static class Notation
{
    /// <summary>"KnowledgeAssertion" → "knowledge_assertion".</summary>
    public static string SnakeCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>Parses the snake_case spelling of an enum value (case-insensitive; spaces count as underscores).</summary>
    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        var wanted = text.Trim().Replace(' ', '_').ToLowerInvariant();
        foreach (var candidate in Enum.GetValues<T>())
            if (SnakeCase(candidate.ToString()) == wanted) { value = candidate; return true; }
        value = default;
        return false;
    }
}
