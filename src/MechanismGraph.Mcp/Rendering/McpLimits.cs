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

    public const string MaxCharsDescription = "Upper bound on the characters of the text answer (1000–20000, default 4000). Whole items that do not fit are left out of the text and the structured content, which then say truncated and give `next`, the call that continues.";

    public static TextBudget Budget(int? maxChars)
    {
        var value = maxChars ?? DefaultMaxChars;
        if (value is < MinMaxChars or > MaxMaxChars)
            throw MechanismGraphException.BadInput("max_chars", $"max_chars must be between {MinMaxChars} and {MaxMaxChars}; got {value}");
        return new TextBudget(value);
    }
}
