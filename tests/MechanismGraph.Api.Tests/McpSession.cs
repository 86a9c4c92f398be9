using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace MechanismGraph.Api.Tests;

/// <summary>The SDK's own MCP client connected to the API's /mcp over HTTP (WebApplicationFactory's in-memory transport).</summary>
public sealed class McpSession : IAsyncLifetime
{
    public McpSession() : this(null) { }

    /// <summary>A session on an API with its own settings (not a fixture: the caller initialises and disposes it).</summary>
    internal McpSession(IReadOnlyDictionary<string, string?>? settings) => Factory = new ApiFactory(settings);

    public ApiFactory Factory { get; }

    public McpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var options = new HttpClientTransportOptions { Endpoint = new Uri(Factory.Server.BaseAddress, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp };
        // No separate 5 s server/discover probe: on a loaded machine its expiry races the SDK's initialize fallback, which then
        // sends a stale MCP-Protocol-Version header that the server rightly rejects (seen as a flaky HeaderMismatch).
        Client = await McpClient.CreateAsync(new HttpClientTransport(options, Factory.CreateClient(), ownsHttpClient: true),
            new McpClientOptions { DiscoverProbeTimeout = Timeout.InfiniteTimeSpan }, cancellationToken: TestContext.Current.CancellationToken);
    }

    public async Task<ToolAnswer> CallAsync(string tool, Dictionary<string, object?> arguments) =>
        ToolAnswer.Of(await Client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken));

    public async ValueTask DisposeAsync()
    {
        if (Client is not null) await Client.DisposeAsync();
        await Factory.DisposeAsync();
    }
}

/// <summary>A tool result as a chatbot sees it: the error flag, the text, and the structured content.</summary>
public sealed record ToolAnswer(bool IsError, string Text, JsonElement Structured)
{
    public static ToolAnswer Of(CallToolResult result) => new(
        result.IsError == true,
        string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text)),
        result.StructuredContent is { } structured ? JsonSerializer.SerializeToElement(structured) : default);

    /// <summary>The error payload of a tool error.</summary>
    public JsonElement Error
    {
        get
        {
            Assert.True(IsError, $"expected a tool error, got: {Text}");
            return JsonDocument.Parse(Text).RootElement.Clone();
        }
    }

    public ToolAnswer AssertSuccess()
    {
        Assert.False(IsError, Text);
        Assert.Equal(JsonValueKind.Object, Structured.ValueKind);
        return this;
    }
}
