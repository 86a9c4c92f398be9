using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>
/// Writes a Query API request body: <c>{"statement", "parameters", "includeCounters", "accessMode"}</c>, with
/// parameters in typed JSON (<c>{"$type": "Integer", "_value": "42"}</c>) so 64-bit integers and floats keep their type.
/// </summary>
internal static class QueryRequestBody
{
    private const int MaxDepth = 64;

    /// <summary>A body with no statement, which opens (or keeps alive) a transaction without running anything.</summary>
    public static readonly byte[] Empty = "{}"u8.ToArray();

    /// <param name="maxExecutionTime">
    /// Whole seconds after which the server terminates the transaction (docs-query-api transaction-configuration.adoc,
    /// Neo4j 2026.04+); null sends nothing and the server's <c>db.transaction.timeout</c> applies.
    /// </param>
    public static byte[] Write(string statement, IReadOnlyDictionary<string, object?>? parameters, Neo4jAccessMode mode, int? maxExecutionTime = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        // Relaxed escaping keeps non-ASCII text readable on the wire; the body is never embedded in HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("statement", StatementText.Collapse(statement));
            if (parameters is { Count: > 0 })
            {
                json.WritePropertyName("parameters");
                json.WriteStartObject();
                foreach (var (name, value) in parameters)
                {
                    json.WritePropertyName(name);
                    WriteValue(json, value, name, 0);
                }

                json.WriteEndObject();
            }

            json.WriteBoolean("includeCounters", true);
            if (mode == Neo4jAccessMode.Read)
                json.WriteString("accessMode", "Read");
            if (maxExecutionTime is { } seconds)
                json.WriteNumber("maxExecutionTime", seconds);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value, string path, int depth)
    {
        if (depth > MaxDepth)
            throw new ArgumentException($"Parameter '{path}' is nested deeper than {MaxDepth} levels (a cycle?).");

        switch (value)
        {
            case null:
                Typed(json, "Null", static j => j.WriteNullValue());
                break;
            case bool flag:
                Typed(json, "Boolean", j => j.WriteBooleanValue(flag));
                break;
            case string or char:
                TypedText(json, "String", Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            case sbyte or byte or short or ushort or int or uint or long:
                TypedText(json, "Integer", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case ulong big:
                TypedText(json, "Integer", big <= long.MaxValue
                    ? big.ToString(CultureInfo.InvariantCulture)
                    : throw new ArgumentException($"Parameter '{path}' is {big}, beyond Neo4j's 64-bit signed Integer."));
                break;
            case float or double or decimal:
                TypedText(json, "Float", Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                TypedText(json, "Base64", Convert.ToBase64String(bytes));
                break;
            case Neo4jTextValue text:
                TypedText(json, text.Type, text.Text);
                break;
            case DateOnly date:
                TypedText(json, "Date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset moment:
                TypedText(json, "OffsetDateTime", moment.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
                break;
            case Neo4jNode or Neo4jRelationship or Neo4jPath:
                throw new ArgumentException($"Parameter '{path}' is a {value.GetType().Name}; Neo4j does not accept graph values as parameters, pass its element id instead.");
            case IDictionary map:
                WriteMap(json, Entries(map), path, depth);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(json, map.Select(e => ((object)e.Key, e.Value)), path, depth);
                break;
            case IEnumerable list:
                WriteList(json, list, path, depth);
                break;
            default:
                throw new ArgumentException($"Parameter '{path}' is a {value.GetType().Name}, which cannot be sent to Neo4j; use string, long, double, bool, byte[], DateOnly, DateTimeOffset, a list or a string-keyed dictionary.");
        }
    }

    private static void WriteMap(Utf8JsonWriter json, IEnumerable<(object Key, object? Value)> entries, string path, int depth)
    {
        json.WriteStartObject();
        json.WriteString("$type", "Map");
        json.WritePropertyName("_value");
        json.WriteStartObject();
        foreach (var (entryKey, entryValue) in entries)
        {
            if (entryKey is not string key)
                throw new ArgumentException($"Parameter '{path}' has a key of type {entryKey.GetType().Name}; map keys must be strings.");
            json.WritePropertyName(key);
            WriteValue(json, entryValue, $"{path}.{key}", depth + 1);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    // A generic dictionary enumerates KeyValuePairs through IEnumerable; only its IDictionaryEnumerator yields entries.
    private static IEnumerable<(object Key, object? Value)> Entries(IDictionary map)
    {
        var entry = map.GetEnumerator();
        while (entry.MoveNext())
            yield return (entry.Key, entry.Value);
    }

    private static void WriteList(Utf8JsonWriter json, IEnumerable list, string path, int depth)
    {
        json.WriteStartObject();
        json.WriteString("$type", "List");
        json.WritePropertyName("_value");
        json.WriteStartArray();
        var index = 0;
        foreach (var item in list)
            WriteValue(json, item, $"{path}[{index++}]", depth + 1);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void TypedText(Utf8JsonWriter json, string type, string text) => Typed(json, type, j => j.WriteStringValue(text));

    private static void Typed(Utf8JsonWriter json, string type, Action<Utf8JsonWriter> writeValue)
    {
        json.WriteStartObject();
        json.WriteString("$type", type);
        json.WritePropertyName("_value");
        writeValue(json);
        json.WriteEndObject();
    }
}
