using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace MechanismGraph.Api.Tests.Hardening;

/// <summary>Sends raw bytes as a client would, timing the answer: hostile inputs must be answered fast and coded.</summary>
internal static class HostileRequest
{
    /// <summary>A generous bound for answers that should take milliseconds (the measured figures are in docs/reliability.md).</summary>
    public static readonly TimeSpan Fast = TimeSpan.FromSeconds(2);

    public static async Task<(int Status, string Body, HttpResponseMessage Response, TimeSpan Elapsed)> PostAsync(
        HttpClient client, string path, byte[] body, string? contentType = "application/json", string? accept = null)
    {
        using var content = new ByteArrayContent(body);
        if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        var clock = Stopwatch.StartNew();
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, text, response, clock.Elapsed);
    }

    public static Task<(int Status, string Body, HttpResponseMessage Response, TimeSpan Elapsed)> GraphQLAsync(HttpClient client, string query, object? variables = null) =>
        PostAsync(client, "/graphql", JsonSerializer.SerializeToUtf8Bytes(new { query, variables }));

    public static string? FirstCode(string body)
    {
        var root = JsonDocument.Parse(body).RootElement;
        if (root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            return errors[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code) ? code.GetString() : null;
        return root.TryGetProperty("code", out var direct) ? direct.GetString() : null;
    }

    public static MediaTypeHeaderValue Json => new("application/json");
}
