using MechanismGraph.Reasoning;

namespace MechanismGraph.Mcp.Rendering;

/// <summary>The output budget every tool takes, so a chatbot's context is never flooded.</summary>
internal static class McpLimits
{
    /// <summary>Text rendering size when no max_chars is given (4,000 characters, about 1,000 tokens).</summary>
    public const int DefaultMaxChars = 4_000;
    /// <summary>Smallest max_chars accepted (1,000).</summary>
    public const int MinMaxChars = 1_000;
    /// <summary>Largest max_chars accepted (20,000).</summary>
    public const int MaxMaxChars = 20_000;
    /// <summary>Entities search_entities returns when no limit is given (10).</summary>
    public const int DefaultSearchLimit = 10;

    public const string MaxCharsDescription = "Upper bound on the characters of the text answer ({max_chars}). Whole items that do not fit are left out of the text and the structured content, which then say truncated and give `next`, the call that continues.";

    /// <summary>The bounds tool descriptions quote, by placeholder, each built from the constants the tools enforce.</summary>
    public static IReadOnlyDictionary<string, string> Ranges { get; } = new Dictionary<string, string>
    {
        ["{max_hops}"] = $"1–{QueryLimits.MaxHops} steps (default {QueryLimits.DefaultPathHops})",
        ["{pathways}"] = $"1–{QueryLimits.MaxLimit} (default {QueryLimits.DefaultLimit})",
        ["{facts}"] = $"1–{QueryLimits.MaxFirst} (default {QueryLimits.DefaultFirst})",
        ["{entities}"] = $"1–{QueryLimits.MaxFirst} (default {DefaultSearchLimit})",
        ["{max_chars}"] = $"{MinMaxChars}–{MaxMaxChars}, default {DefaultMaxChars}",
    };

    /// <summary>The template with every placeholder replaced; an unknown one is a programming error caught at start-up.</summary>
    public static string Describe(string template)
    {
        var text = Ranges.Aggregate(template, (current, range) => current.Replace(range.Key, range.Value, StringComparison.Ordinal));
        return text.Contains('{') ? throw new InvalidOperationException($"Unknown placeholder in tool description: {text}") : text;
    }

    public static TextBudget Budget(int? maxChars)
    {
        var value = maxChars ?? DefaultMaxChars;
        if (value is < MinMaxChars or > MaxMaxChars)
            throw MechanismGraphException.BadInput("max_chars", $"max_chars must be between {MinMaxChars} and {MaxMaxChars}; got {value}");
        return new TextBudget(value);
    }
}
