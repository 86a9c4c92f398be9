using System.Text.Json;

namespace MechanismGraph.Testing.Neo4jFake;

/// <summary>A request as the fake server received it.</summary>
internal sealed record RecordedRequest(
    string Method,
    string Path,
    string? Authorization,
    string? Accept,
    string? ContentType,
    string? Affinity,
    string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Statement => Json.TryGetProperty("statement", out var s) ? s.GetString() : null;

    /// <summary>The <c>parameters</c> object exactly as sent, re-serialized without whitespace.</summary>
    public string Parameters => Json.TryGetProperty("parameters", out var p) ? JsonSerializer.Serialize(p) : "{}";
}
