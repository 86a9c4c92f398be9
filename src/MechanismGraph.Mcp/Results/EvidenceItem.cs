using System.ComponentModel;
using System.Text.Json.Serialization;
using MechanismGraph.Model;

namespace MechanismGraph.Mcp.Results;

/// <summary>A verbatim quote of a source document and where it is.</summary>
internal sealed record EvidenceItem(
    [property: JsonPropertyName("document"), Description("The id of the document quoted.")] string Document,
    [property: JsonPropertyName("quote"), Description("The document's own words, verbatim.")] string Quote,
    [property: JsonPropertyName("start"), Description("Offset of the quote's first character in the document (UTF-16, 0-based).")] int Start,
    [property: JsonPropertyName("end"), Description("Offset just past the quote's last character.")] int End)
{
    public static EvidenceItem Of(Evidence evidence) => new(evidence.DocumentId, evidence.Quote, evidence.Start, evidence.End);
}
