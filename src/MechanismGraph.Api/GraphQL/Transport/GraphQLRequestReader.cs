using MechanismGraph.Reasoning;
using System.Text.Json;
using GraphQL;

namespace MechanismGraph.Api.GraphQL.Transport;

/// <summary>Reads and checks a GraphQL request's parameters; every malformation becomes a 4xx <see cref="TransportError"/>.</summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    public (GraphQLHttpRequest? Request, TransportError? Error) FromQueryString(IQueryCollection query)
    {
        if (!query.TryGetValue("query", out var text) || string.IsNullOrWhiteSpace(text))
            return Fail(ErrorCodes.BadRequest, "The 'query' parameter is required (a GraphQL document).");
        if (text.Count > 1 || query["variables"].Count > 1 || query["operationName"].Count > 1)
            return Fail(ErrorCodes.BadRequest, "Each of 'query', 'variables' and 'operationName' may be given once.");
        var (variables, variablesError) = ParseObjectParameter(query["variables"], "variables");
        if (variablesError is not null) return (null, variablesError);
        var (extensions, extensionsError) = ParseObjectParameter(query["extensions"], "extensions");
        if (extensionsError is not null) return (null, extensionsError);
        var operationName = query["operationName"].ToString();
        return (new GraphQLHttpRequest(text.ToString(), variables, operationName.Length == 0 ? null : operationName, extensions), null);
    }

    public (GraphQLHttpRequest? Request, TransportError? Error) FromJsonBody(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(body); }
        catch (JsonException e) { return Fail(ErrorCodes.BadRequest, $"The request body is not valid JSON: {e.Message}"); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Fail(ErrorCodes.BadRequest, "The request body must be a JSON object with a 'query' string.");
            if (!root.TryGetProperty("query", out var query) || query.ValueKind == JsonValueKind.Null)
                return Fail(ErrorCodes.BadRequest, "The request body has no 'query': send {\"query\": \"{ stats { entities } }\"}.");
            if (query.ValueKind != JsonValueKind.String)
                return Fail(ErrorCodes.BadRequest, $"'query' must be a string, not a JSON {Describe(query.ValueKind)}.");
            if (string.IsNullOrWhiteSpace(query.GetString()))
                return Fail(ErrorCodes.BadRequest, "'query' is empty.");
            string? operationName = null;
            if (root.TryGetProperty("operationName", out var op) && op.ValueKind != JsonValueKind.Null)
            {
                if (op.ValueKind != JsonValueKind.String) return Fail(ErrorCodes.BadRequest, $"'operationName' must be a string, not a JSON {Describe(op.ValueKind)}.");
                operationName = op.GetString();
            }
            var (variables, variablesError) = ReadObject(root, "variables");
            if (variablesError is not null) return (null, variablesError);
            var (extensions, extensionsError) = ReadObject(root, "extensions");
            if (extensionsError is not null) return (null, extensionsError);
            return (new GraphQLHttpRequest(query.GetString()!, variables, operationName, extensions), null);
        }
    }

    private (Inputs?, TransportError?) ReadObject(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return (null, null);
        if (value.ValueKind != JsonValueKind.Object)
            return (null, new TransportError(ErrorCodes.BadRequest, $"'{name}' must be a JSON object (a map of names to values), not a JSON {Describe(value.ValueKind)}."));
        return (serializer.Deserialize<Inputs>(value.GetRawText()), null);
    }

    private (Inputs?, TransportError?) ParseObjectParameter(string? text, string name)
    {
        if (string.IsNullOrEmpty(text)) return (null, null);
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Null) return (null, null);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, new TransportError(ErrorCodes.BadRequest, $"The '{name}' parameter must be a JSON object."));
            return (serializer.Deserialize<Inputs>(text), null);
        }
        catch (JsonException e)
        {
            return (null, new TransportError(ErrorCodes.BadRequest, $"The '{name}' parameter is not valid JSON: {e.Message}"));
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.String => "string",
        JsonValueKind.Object => "object",
        _ => "null",
    };

    private static (GraphQLHttpRequest?, TransportError?) Fail(ErrorCode code, string message) => (null, new TransportError(code, message));
}
