using System.Text;
using System.Text.Json;

namespace MechanismGraph.Api.Tests.Hardening;

/// <summary>The MCP rows of the hardening table: malformed calls get JSON-RPC errors, bad arguments BAD_USER_INPUT, big bodies 413.</summary>
public sealed class McpAttackTests(SharedApi api) : IClassFixture<SharedApi>
{
    private const string Accept = "application/json, text/event-stream";

    private static byte[] Call(string tool, object arguments) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        jsonrpc = "2.0", id = 7, method = "tools/call", @params = new { name = tool, arguments },
    });

    // A Streamable HTTP answer is one SSE event (or plain JSON); the JSON-RPC message is its data.
    private static JsonElement Message(string body)
    {
        var data = body.Split('\n').FirstOrDefault(l => l.StartsWith("data: ", StringComparison.Ordinal))?["data: ".Length..] ?? body;
        return JsonDocument.Parse(data).RootElement.Clone();
    }

    [Fact]
    public async Task PostWithoutContentType_IsA4xx()
    {
        using var client = api.Factory.CreateClient();

        var (status, _, _, _) = await HostileRequest.PostAsync(client, "/mcp",
            Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":1,"method":"ping"}"""), contentType: null, accept: Accept);

        Assert.InRange(status, 400, 499);
    }

    [Fact]
    public async Task InitializeWithEmptyParams_IsAJsonRpcInvalidParamsError()
    {
        using var client = api.Factory.CreateClient();

        var (status, body, _, _) = await HostileRequest.PostAsync(client, "/mcp",
            Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"""), accept: Accept);

        Assert.Equal(400, status);
        Assert.Equal(-32602, Message(body).GetProperty("error").GetProperty("code").GetInt32());
    }

    public static TheoryData<string, string, string> BadArguments => new()
    {
        { """{"from":"ketamine","to":"synaptogenesis","max_chars":1.5}""", "max_chars", "whole number" },
        { """{"from":"ketamine","to":"synaptogenesis","limit":"x"}""", "limit", "whole number" },
        { """{"from":"ketamine"}""", "to", "required" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task MistypedOrMissingArguments_AreBadUserInput_NamingTheArgument(string arguments, string argument, string message)
    {
        using var client = api.Factory.CreateClient();

        var (_, body, _, _) = await HostileRequest.PostAsync(client, "/mcp", Call("trace_pathways", JsonDocument.Parse(arguments).RootElement), accept: Accept);

        var result = Message(body).GetProperty("result");
        Assert.True(result.GetProperty("isError").GetBoolean());
        var error = JsonDocument.Parse(result.GetProperty("content")[0].GetProperty("text").GetString()!).RootElement;
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("code").GetString());
        Assert.Equal(argument, error.GetProperty("argument").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ANumberForAReference_IsBadUserInput()
    {
        using var client = api.Factory.CreateClient();

        var (_, body, _, _) = await HostileRequest.PostAsync(client, "/mcp", Call("get_entity", new { @ref = 5 }), accept: Accept);

        var text = Message(body).GetProperty("result").GetProperty("content")[0].GetProperty("text").GetString()!;
        Assert.Equal("BAD_USER_INPUT", JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task AFiveMegabyteQuery_IsRefusedUnread_WithACoded413()
    {
        using var client = api.Factory.CreateClient();

        var (status, body, _, elapsed) = await HostileRequest.PostAsync(client, "/mcp", Call("search_entities", new { query = new string('a', 5_000_000) }), accept: Accept);

        Assert.Equal(413, status);
        Assert.Equal("REQUEST_TOO_LARGE", HostileRequest.FirstCode(body));
        Assert.True(elapsed < HostileRequest.Fast, $"took {elapsed}");
    }

    [Fact]
    public async Task AnOverLongArgument_IsBadUserInput_WithoutEchoingIt()
    {
        using var client = api.Factory.CreateClient();

        var (_, body, _, elapsed) = await HostileRequest.PostAsync(client, "/mcp", Call("search_entities", new { query = new string('a', 100_000) }), accept: Accept);

        var text = Message(body).GetProperty("result").GetProperty("content")[0].GetProperty("text").GetString()!;
        Assert.Equal("BAD_USER_INPUT", JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
        Assert.True(body.Length < 2_000, $"{body.Length} bytes");
        Assert.True(elapsed < HostileRequest.Fast, $"took {elapsed}");
    }
}
