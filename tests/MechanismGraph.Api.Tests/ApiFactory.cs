using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MechanismGraph.Api.Tests;

/// <summary>The real API over real HTTP (in-memory transport), on the real seed-data unless a test overrides settings.</summary>
public sealed class ApiFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public ApiFactory() : this(null) { }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
    }

    /// <summary>POSTs a query as application/json and returns the parsed response body.</summary>
    public async Task<GraphQLResponse> QueryAsync(string query, object? variables = null, string accept = "application/json")
    {
        using var client = CreateClient();
        var body = JsonSerializer.Serialize(new { query, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return await GraphQLResponse.ReadAsync(response);
    }
}

/// <summary>A GraphQL HTTP response: status, content type and parsed JSON.</summary>
public sealed record GraphQLResponse(int Status, string? ContentType, JsonElement Json)
{
    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var json = JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, json);
    }

    public JsonElement Data => Json.GetProperty("data");

    public bool HasErrors => Json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public JsonElement FirstError => Json.GetProperty("errors")[0];

    public string? FirstErrorCode => FirstError.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code) ? code.GetString() : null;

    /// <summary>Fails with the errors when the response has any.</summary>
    public GraphQLResponse AssertNoErrors()
    {
        Assert.False(HasErrors, HasErrors ? Json.GetProperty("errors").ToString() : "");
        return this;
    }
}

/// <summary>One factory (one host) shared by the tests of a class: the graph is immutable, so tests cannot interfere.</summary>
public sealed class SharedApi : IAsyncLifetime
{
    public ApiFactory Factory { get; } = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
