using System.Globalization;
using System.Net;
using System.Text.Json;

namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>
/// Reads a Query API answer. A non-empty <c>errors</c> array is a failure whatever the HTTP status: a statement that
/// fails while its result streams is answered 202 with <c>data</c> and then <c>errors</c> (docs-query-api
/// transactions.adoc: "all API requests return a 202 status code, regardless of whether the statements were
/// successfully executed"). 401/403 and 502/503/504/429 are decided by status first, since a proxy may answer those
/// without a JSON body; a 404 inside a transaction is its expiry whatever the body says (transactions.adoc,
/// "Transaction expiration and keep alive": <c>Neo.ClientError.Request.Invalid</c>, "Transaction with Id … was not found").
/// </summary>
internal sealed class QueryResponseReader(ServerErrors errors)
{
    public QueryApiResponse Read(HttpStatusCode status, string? reason, string? mediaType, byte[] body, string? affinity, string? transactionId)
    {
        using var document = TryParse(body, out var parseError);
        var error = document is null ? null : FirstError(document.RootElement);
        var code = (int)status;

        if (code is 401 or 403 or 429 or 502 or 503 or 504)
            throw errors.ForStatus(status, reason, error);
        if (code == 404 && transactionId is not null)
            throw errors.Expired(transactionId, error is null ? $"HTTP 404" : $"HTTP 404: {error.Code}: {ServerErrors.Clean(error.Message)}", error?.Code);
        if (parseError is not null)
            throw errors.Protocol($"the body is not JSON (HTTP {code}, {mediaType ?? "no content type"})", parseError);
        if (error is not null)
            throw errors.ForError(error, transactionId);
        if (code is < 200 or > 299)
        {
            var http = string.IsNullOrEmpty(reason) ? $"HTTP {code}" : $"HTTP {code} {reason}";
            throw (code, transactionId) switch
            {
                (404, _) => errors.Protocol($"{http}: no Query API answers at this URL (it is on by default from Neo4j 5.25)"),
                _ => errors.Protocol($"{http} without an error description"),
            };
        }

        try
        {
            return document is null
                ? new QueryApiResponse(QueryResult.Empty, null, affinity)
                : ReadSuccess(document.RootElement, affinity);
        }
        catch (InvalidDataException ex)
        {
            throw errors.Protocol(ex.Message, ex);
        }
    }

    private static JsonDocument? TryParse(byte[] body, out JsonException? error)
    {
        error = null;
        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
            return null;
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            error = ex;
            return null;
        }
    }

    private static ServerError? FirstError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("errors", out var list)
            || list.ValueKind != JsonValueKind.Array
            || list.GetArrayLength() == 0)
        {
            return null;
        }

        var first = list[0];
        // Some server versions name the code "error" instead of "code".
        return new ServerError(
            Text(first, "code") ?? Text(first, "error") ?? "Neo.Unknown",
            Text(first, "message") ?? "(no message)");
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static QueryApiResponse ReadSuccess(JsonElement root, string? affinity)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException($"the body is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");

        var (fields, rows) = root.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null
            ? ReadData(data)
            : ([], []);
        var counters = root.TryGetProperty("counters", out var c) && c.ValueKind == JsonValueKind.Object ? ReadCounters(c) : null;
        var bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
        var transaction = root.TryGetProperty("transaction", out var t) && t.ValueKind == JsonValueKind.Object ? ReadTransaction(t) : null;
        return new QueryApiResponse(new QueryResult(fields, rows, counters, bookmarks), transaction, affinity);
    }

    private static (IReadOnlyList<string> Fields, IReadOnlyList<QueryRow> Rows) ReadData(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("fields", out var fieldList) || fieldList.ValueKind != JsonValueKind.Array
            || !data.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("'data' is not an object with a 'fields' array and a 'values' array");
        }

        if (fieldList.EnumerateArray().Any(f => f.ValueKind != JsonValueKind.String))
            throw new InvalidDataException("'data.fields' is not a list of strings");
        var fields = fieldList.EnumerateArray().Select(f => f.GetString()!).ToList();
        var rows = new List<QueryRow>();
        foreach (var row in Rows(values, fields.Count))
        {
            var decoded = row.Select(TypedValueReader.Read).ToList();
            if (decoded.Count != fields.Count)
                throw new InvalidDataException($"a row has {decoded.Count} values for {fields.Count} fields");
            rows.Add(new QueryRow(fields, decoded));
        }

        return (fields, rows);
    }

    /// <summary>Rows are arrays of values; some doc pages show one flat array instead, which is cut into rows by field count.</summary>
    private static IEnumerable<IReadOnlyList<JsonElement>> Rows(JsonElement values, int fieldCount)
    {
        var items = values.EnumerateArray().ToList();
        if (items.All(i => i.ValueKind == JsonValueKind.Array))
            return items.Select(i => (IReadOnlyList<JsonElement>)i.EnumerateArray().ToList());
        if (fieldCount == 0 || items.Any(i => i.ValueKind == JsonValueKind.Array) || items.Count % fieldCount != 0)
            throw new InvalidDataException("'data.values' is neither a list of rows nor a whole number of flat rows");
        return items.Chunk(fieldCount);
    }

    private static QueryCounters ReadCounters(JsonElement c) => new(
        Flag(c, "containsUpdates"),
        Count(c, "nodesCreated"),
        Count(c, "nodesDeleted"),
        Count(c, "propertiesSet"),
        Count(c, "relationshipsCreated"),
        Count(c, "relationshipsDeleted"),
        Count(c, "labelsAdded"),
        Count(c, "labelsRemoved"),
        Count(c, "indexesAdded"),
        Count(c, "indexesRemoved"),
        Count(c, "constraintsAdded"),
        Count(c, "constraintsRemoved"),
        Flag(c, "containsSystemUpdates"),
        Count(c, "systemUpdates"));

    private static bool Flag(JsonElement counters, string name) =>
        counters.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static long Count(JsonElement counters, string name)
    {
        if (!counters.TryGetProperty(name, out var value))
            return 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var count)
            ? count
            : throw new InvalidDataException($"counter '{name}' is not a whole number");
    }

    private static TransactionInfo ReadTransaction(JsonElement transaction)
    {
        var id = Text(transaction, "id") ?? throw new InvalidDataException("'transaction' has no string 'id'");
        var expires = Text(transaction, "expires") is { } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
                ? moment
                : (DateTimeOffset?)null;
        return new TransactionInfo(id, expires);
    }
}
