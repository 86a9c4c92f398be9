using System.Globalization;
using System.Text.Json;

namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>Decodes one typed JSON value (<c>{"$type": "Integer", "_value": "42"}</c>) into the .NET value listed on <see cref="QueryResult"/>.</summary>
internal static class TypedValueReader
{
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("$type", out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new InvalidDataException($"expected a typed JSON value {{\"$type\", \"_value\"}} but found a JSON {Describe(element.ValueKind)}");
        }

        var type = typeElement.GetString()!;
        var value = element.TryGetProperty("_value", out var v) ? v : default;
        return type switch
        {
            "Null" => null,
            "Boolean" when value.ValueKind is JsonValueKind.True or JsonValueKind.False => value.GetBoolean(),
            "Integer" => ReadInteger(value),
            "Float" => ReadFloat(value),
            "String" when value.ValueKind == JsonValueKind.String => value.GetString(),
            "Base64" => ReadBase64(value),
            "List" => ReadList(value),
            "Map" => ReadMap(value),
            "Node" => ReadNode(value),
            "Relationship" => ReadRelationship(value),
            "Path" => ReadPath(value),
            _ when Neo4jTextValue.Types.Contains(type) && value.ValueKind == JsonValueKind.String => new Neo4jTextValue(type, value.GetString()!),
            _ when Neo4jTextValue.Types.Contains(type) || IsKnownType(type) => throw Mismatch(type, value),
            _ => throw new InvalidDataException($"unknown typed JSON type '{Trim(type)}'"),
        };
    }

    private static bool IsKnownType(string type) =>
        type is "Boolean" or "Integer" or "Float" or "String" or "Base64" or "List" or "Map" or "Node" or "Relationship" or "Path";

    // Integers travel as strings so values beyond 2^53 stay exact; a bare number is accepted too.
    private static long ReadInteger(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        JsonValueKind.Number when value.TryGetInt64(out var number) => number,
        _ => throw Mismatch("Integer", value),
    };

    private static double ReadFloat(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw Mismatch("Float", value),
    };

    private static byte[] ReadBase64(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.TryGetBytesFromBase64(out var bytes) ? bytes : throw Mismatch("Base64", value);

    private static List<object?> ReadList(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray().Select(Read).ToList()
        : throw Mismatch("List", value);

    private static Dictionary<string, object?> ReadMap(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
            throw Mismatch("Map", value);
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
            map[property.Name] = Read(property.Value);
        return map;
    }

    private static Neo4jNode ReadNode(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
            throw Mismatch("Node", value);
        var labels = Required(value, "_labels", "Node");
        if (labels.ValueKind != JsonValueKind.Array || labels.EnumerateArray().Any(l => l.ValueKind != JsonValueKind.String))
            throw new InvalidDataException("a Node's _labels is not a list of strings");
        return new Neo4jNode(
            RequiredString(value, "_element_id", "Node"),
            labels.EnumerateArray().Select(l => l.GetString()!).ToList(),
            Properties(value, "Node"));
    }

    private static Neo4jRelationship ReadRelationship(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
            throw Mismatch("Relationship", value);
        return new Neo4jRelationship(
            RequiredString(value, "_element_id", "Relationship"),
            RequiredString(value, "_start_node_element_id", "Relationship"),
            RequiredString(value, "_end_node_element_id", "Relationship"),
            RequiredString(value, "_type", "Relationship"),
            Properties(value, "Relationship"));
    }

    /// <summary>A path is an alternating list node, relationship, node, … that starts and ends with a node.</summary>
    private static Neo4jPath ReadPath(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
            throw Mismatch("Path", value);
        var nodes = new List<Neo4jNode>();
        var relationships = new List<Neo4jRelationship>();
        foreach (var item in value.EnumerateArray())
        {
            var expectNode = nodes.Count == relationships.Count;
            switch (Read(item))
            {
                case Neo4jNode node when expectNode:
                    nodes.Add(node);
                    break;
                case Neo4jRelationship relationship when !expectNode:
                    relationships.Add(relationship);
                    break;
                default:
                    throw new InvalidDataException($"a Path's element {nodes.Count + relationships.Count} is not a {(expectNode ? "Node" : "Relationship")}");
            }
        }

        return nodes.Count == relationships.Count + 1
            ? new Neo4jPath(nodes, relationships)
            : throw new InvalidDataException("a Path does not start and end with a Node");
    }

    private static Dictionary<string, object?> Properties(JsonElement value, string type) =>
        value.TryGetProperty("_properties", out var properties) && properties.ValueKind != JsonValueKind.Null
            ? properties.ValueKind == JsonValueKind.Object ? ReadMap(properties) : throw new InvalidDataException($"a {type}'s _properties is not an object")
            : new Dictionary<string, object?>(StringComparer.Ordinal);

    private static JsonElement Required(JsonElement value, string name, string type) =>
        value.TryGetProperty(name, out var property) ? property : throw new InvalidDataException($"a {type} has no {name}");

    private static string RequiredString(JsonElement value, string name, string type)
    {
        var property = Required(value, name, type);
        return property.ValueKind == JsonValueKind.String ? property.GetString()! : throw new InvalidDataException($"a {type}'s {name} is not a string");
    }

    private static InvalidDataException Mismatch(string type, JsonElement value) =>
        new($"a typed JSON {Trim(type)} has a _value that is a JSON {Describe(value.ValueKind)} it cannot be read from");

    private static string Describe(JsonValueKind kind) => kind == JsonValueKind.Undefined ? "nothing" : kind.ToString().ToLowerInvariant();

    private static string Trim(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
