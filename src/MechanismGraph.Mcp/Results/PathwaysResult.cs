using System.ComponentModel;
using System.Text.Json.Serialization;

namespace MechanismGraph.Mcp.Results;

/// <summary>What trace_pathways returns.</summary>
internal sealed record PathwaysResult(
    [property: JsonPropertyName("from")] EntityRef From,
    [property: JsonPropertyName("to")] EntityRef To,
    [property: JsonPropertyName("pathways"), Description("Best first: mechanistic before indirect, stated before inferred, known direction before unknown, then shorter, then better supported.")] IReadOnlyList<PathwayItem> Pathways,
    [property: JsonPropertyName("search_incomplete"), Description("True when the search stopped at its work bound; lower max_hops for complete results.")] bool SearchIncomplete,
    [property: JsonPropertyName("truncated"), Description("True when pathways were left out to stay within max_chars.")] bool Truncated,
    [property: JsonPropertyName("next")] NextCall? Next);
