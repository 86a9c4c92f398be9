using System.ComponentModel;
using System.Text.Json.Serialization;

namespace MechanismGraph.Mcp.Results;

/// <summary>Citation [n] of a narrative.</summary>
internal sealed record NumberedCitation(
    [property: JsonPropertyName("number"), Description("The n of the narrative's [n] mark.")] int Number,
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);
