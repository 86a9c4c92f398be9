using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace MechanismGraph.Testing.Neo4jFake;

/// <summary>What the fake does to one request instead of (or before) answering it normally.</summary>
/// <param name="Apply">Returns true when it answered the request itself, false to carry on normally.</param>
internal sealed record FakeFault(string Name, Func<HttpContext, Task<bool>> Apply)
{
    /// <summary>A bare status with no body, as a proxy or load balancer sends 502/503/504.</summary>
    public static FakeFault Status(int status) => new($"HTTP {status}", ctx =>
    {
        ctx.Response.StatusCode = status;
        return Task.FromResult(true);
    });

    /// <summary>An arbitrary body, e.g. malformed JSON or an HTML error page.</summary>
    public static FakeFault Body(int status, string contentType, string body) => new($"HTTP {status} {contentType}", async ctx =>
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = contentType;
        await ctx.Response.WriteAsync(body);
        return true;
    });

    /// <summary>The Query API's error shape <c>{"errors":[{"code","message"}]}</c> with the given status.</summary>
    public static FakeFault Error(int status, string code, string message) =>
        new($"HTTP {status} {code}", ctx => FakeQueryApi.WriteErrorAsync(ctx, status, code, message).ContinueWith(_ => true));

    /// <summary>Waits before answering normally; a client that gives up earlier aborts the request.</summary>
    public static FakeFault Delay(TimeSpan delay) => new($"delay {delay}", async ctx =>
    {
        try
        {
            await Task.Delay(delay, ctx.RequestAborted);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    });

    public override string ToString() => Name;

    internal static string ErrorsJson(string code, string message) =>
        JsonSerializer.Serialize(new { errors = new[] { new { code, message } } });
}
