using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace MechanismGraph.Cli.Commands;

/// <summary>
/// Sits between the process's standard streams and the MCP server's stream transport. A line that is not JSON gets a
/// JSON-RPC -32700 answer here (the SDK would drop it silently); when standard input closes, the server's input is
/// only closed once every request read so far has been answered (or <see cref="DrainTimeout"/> passed), so a client
/// that pipes its requests and closes its end still gets every answer before the process exits.
/// </summary>
internal sealed class StdioRelay(Stream input, Stream output)
{
    /// <summary>Longest wait for outstanding answers after standard input closed (30 s).</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(30);

    private readonly Pipe _toServer = new();
    private readonly Pipe _fromServer = new();
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _answered = new(0);
    private int _outstanding;

    /// <summary>What the server reads: the requests relayed from standard input.</summary>
    public Stream ServerInput => _toServer.Reader.AsStream();

    /// <summary>What the server writes: relayed to standard output, line by line.</summary>
    public Stream ServerOutput => _fromServer.Writer.AsStream();

    /// <summary>Relays until standard input closed, every request was answered and the server stopped writing.</summary>
    public async Task RunAsync(Task server, CancellationToken cancellationToken)
    {
        var writer = WriteLinesAsync(cancellationToken);
        var fromServer = RelayServerOutputAsync(cancellationToken);
        await RelayInputAsync(cancellationToken);
        await _toServer.Writer.CompleteAsync();
        await server;
        await _fromServer.Writer.CompleteAsync();
        await fromServer;
        _lines.Writer.TryComplete();
        await writer;
    }

    private async Task RelayInputAsync(CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false));
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (!TryReadRequest(line, out var isRequest, out var error))
            {
                await _lines.Writer.WriteAsync(ParseError(error), cancellationToken);
                continue;
            }
            if (isRequest) Interlocked.Increment(ref _outstanding);
            await _toServer.Writer.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), cancellationToken);
        }
        var deadline = DateTime.UtcNow + DrainTimeout;
        while (Volatile.Read(ref _outstanding) > 0 && DateTime.UtcNow < deadline)
            await _answered.WaitAsync(deadline - DateTime.UtcNow, cancellationToken);
    }

    private async Task RelayServerOutputAsync(CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(_fromServer.Reader.AsStream(), new UTF8Encoding(false));
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            await _lines.Writer.WriteAsync(line, cancellationToken);
            if (IsAnswer(line))
            {
                Interlocked.Decrement(ref _outstanding);
                _answered.Release();
            }
        }
    }

    private async Task WriteLinesAsync(CancellationToken cancellationToken)
    {
        await foreach (var line in _lines.Reader.ReadAllAsync(cancellationToken))
        {
            await output.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), cancellationToken);
            await output.FlushAsync(cancellationToken);
        }
    }

    private static bool TryReadRequest(string line, out bool isRequest, out string error)
    {
        isRequest = false;
        error = "";
        try
        {
            using var message = JsonDocument.Parse(line);
            var root = message.RootElement;
            isRequest = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("method", out _) && root.TryGetProperty("id", out _);
            return true;
        }
        catch (JsonException e)
        {
            error = e.Message;
            return false;
        }
    }

    private static bool IsAnswer(string line)
    {
        try
        {
            using var message = JsonDocument.Parse(line);
            var root = message.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out _) && !root.TryGetProperty("method", out _);
        }
        catch (JsonException) { return false; }
    }

    private static string ParseError(string detail) => JsonSerializer.Serialize(new
    {
        jsonrpc = "2.0",
        id = (object?)null,
        error = new { code = -32700, message = $"Parse error: the line is not JSON ({detail})" },
    });
}
