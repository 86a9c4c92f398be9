using System.Text;
using System.Text.Json;

namespace MechanismGraph.Benchmarks.Soak;

/// <summary>The request mix: costly GraphQL and MCP work over the synthetic graph, hostile documents, and cheap lookups.</summary>
internal static class SoakRequests
{
    public sealed record Request(string Kind, string Path, string Body, bool Mcp = false);

    private static readonly string FragmentBomb = "{ entity(ref: \"ketamine\") { ...F0 } } "
        + string.Concat(Enumerable.Range(0, 26).Select(i => $"fragment F{i} on Entity {{ ...F{i + 1} ...F{i + 1} }} ")) + "fragment F26 on Entity { id }";

    private static readonly string ConflictingAliases = "{ " + string.Join(" ", Enumerable.Range(0, 500).Select(i => $"e:entity(ref:\"k{i}\"){{id}}")) + " }";

    private static readonly string TypeRef = "kind name " + string.Concat(Enumerable.Repeat("ofType { kind name ", 7)) + string.Concat(Enumerable.Repeat("} ", 7));

    private static readonly string Introspection = "{ __schema { types { kind name description fields(includeDeprecated: true) { name description args { name type { "
        + TypeRef + " } } type { " + TypeRef + " } } } } }";

    public static Request Cheap(Random random) => random.Next(2) == 0
        ? GraphQL("cheap", "{ stats { entities relations } }")
        : GraphQL("cheap", $"{{ entity(ref: \"{(random.Next(2) == 0 ? "ketamine" : "nmda-receptor")}\") {{ id name kind }} }}");

    public static Request Expensive(Random random, int nodes)
    {
        string Node(char kind) => $"SYN:{kind}{random.Next(nodes):D7}";
        return random.Next(9) switch
        {
            0 or 1 => GraphQL("pathways", $"{{ pathways(from: \"{Node('p')}\", to: \"{Node('c')}\", maxHops: 10, limit: 50) {{ length netEffect steps {{ id sentence }} }} }}"),
            2 => GraphQL("effects", $"{{ effects(of: \"SYN:p0000000\", maxHops: {random.Next(2, 6)}) {{ hops entity {{ id }} }} }}"),
            3 => GraphQL("page", $"{{ entities(first: {random.Next(50, 101)}, search: \"{random.Next(10)}\") {{ nodes {{ id outgoing {{ id object {{ name }} }} incoming {{ id }} }} }} }}"),
            4 => GraphQL("introspection", Introspection),
            5 => GraphQL("hostile", random.Next(2) == 0 ? FragmentBomb : ConflictingAliases),
            6 => GraphQL("explain", $"{{ explain(effect: \"{Node('c')}\", maxHops: 6) {{ narrative }} }}"),
            _ => Mcp("mcp", "trace_pathways", new { from = Node('p'), to = Node('c'), max_hops = 8 }),
        };
    }

    private static Request GraphQL(string kind, string query) => new(kind, "/graphql", JsonSerializer.Serialize(new { query }));

    private static Request Mcp(string kind, string tool, object arguments) => new(kind, "/mcp",
        JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 1, method = "tools/call", @params = new { name = tool, arguments } }), Mcp: true);

    public static HttpRequestMessage Message(Request request)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, request.Path) { Content = new StringContent(request.Body, Encoding.UTF8, "application/json") };
        if (request.Mcp) message.Headers.TryAddWithoutValidation("Accept", "application/json, text/event-stream");
        return message;
    }

    /// <summary>The error code an answer carries (GraphQL extensions.code, problem details code, MCP tool error code), or "ok".</summary>
    public static string CodeOf(string body)
    {
        foreach (var (key, quote) in new[] { ("\"code\":\"", "\""), ("\\u0022code\\u0022:\\u0022", "\\u0022") })
        {
            var at = body.IndexOf(key, StringComparison.Ordinal);
            if (at < 0) continue;
            var start = at + key.Length;
            var end = body.IndexOf(quote, start, StringComparison.Ordinal);
            return end > start ? body[start..end] : "?";
        }
        var rpc = body.IndexOf("\"error\":{\"code\":", StringComparison.Ordinal);
        return rpc < 0 ? "ok" : "jsonrpc " + new string(body.Skip(rpc + 17).TakeWhile(c => c == '-' || char.IsDigit(c)).ToArray());
    }
}
