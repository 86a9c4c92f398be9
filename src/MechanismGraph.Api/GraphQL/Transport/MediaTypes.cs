using Microsoft.Net.Http.Headers;

namespace MechanismGraph.Api.GraphQL.Transport;

/// <summary>Content negotiation of the GraphQL-over-HTTP specification.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type for an Accept header: application/graphql-response+json when the client asks for it at least as
    /// strongly as application/json, application/json otherwise (and when Accept is absent); null when neither is acceptable.
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges)) return null;
        double Quality(string type) => ranges
            .Where(r => r.MatchesMediaType(type))
            .Select(r => r.Quality ?? 1.0)
            .DefaultIfEmpty(0)
            .Max();
        var graphql = ranges.Any(r => r.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)) ? Quality(GraphQLResponse) : 0;
        var json = Quality(Json);
        if (graphql <= 0 && json <= 0) return null;
        return graphql >= json ? GraphQLResponse : Json;
    }

    /// <summary>True for application/json with no charset or a UTF-8 one (quoted or not: <c>charset="utf-8"</c> is the same).</summary>
    public static bool IsJsonBody(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (type.Charset.Length == 0 || HeaderUtilities.RemoveQuotes(type.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>A browser navigating here: it prefers HTML and sent no query.</summary>
    public static bool PrefersHtml(string? accept) =>
        accept is not null && MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges)
        && ranges.Any(r => r.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
