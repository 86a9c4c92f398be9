using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MechanismGraph.Testing.Neo4jFake;

/// <summary>Typed JSON (docs-query-api typed-json.adoc) as the fake reads parameters and writes answers.</summary>
internal static class FakeTypedJson
{
    /// <summary>A parameters object or one typed value as .NET values: string, long, double, bool, null, lists and maps.</summary>
    public static object? Decode(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object && !element.TryGetProperty("$type", out _))
            return element.EnumerateObject().ToDictionary(p => p.Name, p => Decode(p.Value));
        var value = element.GetProperty("_value");
        return element.GetProperty("$type").GetString() switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "Float" => double.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "String" => value.GetString(),
            "List" => value.EnumerateArray().Select(Decode).ToList(),
            "Map" => value.EnumerateObject().ToDictionary(p => p.Name, p => Decode(p.Value)),
            var other => throw new InvalidDataException($"the fake does not decode typed JSON '{other}'"),
        };
    }

    /// <summary>True when every typed value inside starts with <c>$type</c> (required before Neo4j 2026.08).</summary>
    public static bool IsOrdered(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return false;
        var first = element.EnumerateObject().FirstOrDefault();
        if (first.Name != "$type" || !element.TryGetProperty("_value", out var value))
            return false;
        return first.Value.GetString() switch
        {
            "List" => value.EnumerateArray().All(IsOrdered),
            "Map" => value.EnumerateObject().All(p => IsOrdered(p.Value)),
            _ => true,
        };
    }

    public static string Encode(object? value) => Append(new StringBuilder(), value).ToString();

    /// <summary>A node as the Query API sends it: <c>{"$type":"Node","_value":{"_element_id","_labels","_properties"}}</c>.</summary>
    public static string Node(string elementId, string label, IReadOnlyDictionary<string, object?> properties) =>
        $"{{\"$type\":\"Node\",\"_value\":{{\"_element_id\":{Quote(elementId)},\"_labels\":[{Quote(label)}],\"_properties\":{Properties(properties)}}}}}";

    public static string Relationship(string elementId, string startId, string endId, string type, IReadOnlyDictionary<string, object?> properties) =>
        $"{{\"$type\":\"Relationship\",\"_value\":{{\"_element_id\":{Quote(elementId)},\"_start_node_element_id\":{Quote(startId)},\"_end_node_element_id\":{Quote(endId)},\"_type\":{Quote(type)},\"_properties\":{Properties(properties)}}}}}";

    private static string Properties(IReadOnlyDictionary<string, object?> properties) =>
        "{" + string.Join(",", properties.Where(p => p.Value is not null).Select(p => $"{Quote(p.Key)}:{Encode(p.Value)}")) + "}";

    private static StringBuilder Append(StringBuilder json, object? value) => value switch
    {
        null => json.Append("{\"$type\":\"Null\",\"_value\":null}"),
        bool b => json.Append("{\"$type\":\"Boolean\",\"_value\":").Append(b ? "true" : "false").Append('}'),
        long l => json.Append("{\"$type\":\"Integer\",\"_value\":\"").Append(l.ToString(CultureInfo.InvariantCulture)).Append("\"}"),
        int i => json.Append("{\"$type\":\"Integer\",\"_value\":\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\"}"),
        double d => json.Append("{\"$type\":\"Float\",\"_value\":\"").Append(d.ToString("R", CultureInfo.InvariantCulture)).Append("\"}"),
        string s => json.Append("{\"$type\":\"String\",\"_value\":").Append(Quote(s)).Append('}'),
        RawTypedJson raw => json.Append(raw.Json),
        IReadOnlyDictionary<string, object?> map => AppendMap(json, map),
        System.Collections.IEnumerable list => AppendList(json, list),
        _ => throw new InvalidDataException($"the fake does not encode {value.GetType().Name}"),
    };

    private static StringBuilder AppendMap(StringBuilder json, IReadOnlyDictionary<string, object?> map)
    {
        json.Append("{\"$type\":\"Map\",\"_value\":{");
        var first = true;
        foreach (var (key, item) in map)
        {
            if (!first) json.Append(',');
            first = false;
            json.Append(Quote(key)).Append(':');
            Append(json, item);
        }
        return json.Append("}}");
    }

    private static StringBuilder AppendList(StringBuilder json, System.Collections.IEnumerable list)
    {
        json.Append("{\"$type\":\"List\",\"_value\":[");
        var first = true;
        foreach (var item in list)
        {
            if (!first) json.Append(',');
            first = false;
            Append(json, item);
        }
        return json.Append("]}");
    }

    private static string Quote(string s) => JsonSerializer.Serialize(s);
}

/// <summary>An already typed JSON value (a node, a relationship) placed as is inside an encoded answer.</summary>
internal sealed record RawTypedJson(string Json);
