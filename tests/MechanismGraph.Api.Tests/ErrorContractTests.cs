using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MechanismGraph.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Api.Tests;

/// <summary>One error contract: GraphQL, MCP and plain HTTP give the same codes through the one mapper.</summary>
public sealed class ErrorContractTests(McpSession mcp) : IClassFixture<McpSession>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownKind_IsTheSameBadUserInput_InGraphQLAndMcp()
    {
        var graphql = await mcp.Factory.QueryAsync("""{ entities(kind: "Drugg") { totalCount } }""");
        var tool = (await mcp.CallAsync("search_entities", new() { ["query"] = "ketamine", ["kind"] = "Drugg" })).Error;

        Assert.Equal("BAD_USER_INPUT", graphql.FirstErrorCode);
        Assert.Equal("kind", graphql.FirstError.GetProperty("extensions").GetProperty("argument").GetString());
        Assert.Contains("Drug", graphql.FirstError.GetProperty("extensions").GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("BAD_USER_INPUT", tool.GetProperty("code").GetString());
        Assert.Equal(graphql.FirstError.GetProperty("message").GetString(), tool.GetProperty("message").GetString());
    }

    [Fact]
    public async Task KnownKind_IgnoringCase_ListsThatKind()
    {
        var response = await mcp.Factory.QueryAsync("""{ entities(kind: "drug") { totalCount nodes { kind } } }""");

        var page = response.AssertNoErrors().Data.GetProperty("entities");
        Assert.True(page.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(page.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("Drug", n.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task UnexpectedFailure_InGraphQL_IsInternalWithARequestId_AndNoInternals()
    {
        await using var api = Faulty();
        using var client = api.CreateClient();
        using var content = new StringContent("""{"query":"{ stats { entities } }"}""", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/graphql", content, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        var error = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0];
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        var requestId = error.GetProperty("extensions").GetProperty("requestId").GetString();
        Assert.False(string.IsNullOrEmpty(requestId));
        Assert.Contains(requestId!, error.GetProperty("message").GetString());
        Assert.DoesNotContain(FaultyStore.Secret, text);
    }

    [Fact]
    public async Task UnexpectedFailure_OnAPlainEndpoint_IsA500ProblemWithARequestId_AndNoInternals()
    {
        await using var api = Faulty();
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/health", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("INTERNAL_SERVER_ERROR", problem.GetProperty("code").GetString());
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.Contains(problem.GetProperty("requestId").GetString()!, problem.GetProperty("detail").GetString());
        Assert.DoesNotContain(FaultyStore.Secret, text);
    }

    [Fact]
    public async Task UnexpectedFailure_InAnMcpTool_IsAToolErrorWithARequestId_AndNoInternals()
    {
        await using var api = Faulty();
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp")
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_facts","arguments":{}}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("text/event-stream"));

        using var response = await client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        var data = body.Split('\n').Single(l => l.StartsWith("data: ", StringComparison.Ordinal))["data: ".Length..];
        var result = JsonDocument.Parse(data).RootElement.GetProperty("result");
        Assert.True(result.GetProperty("isError").GetBoolean());
        var error = JsonDocument.Parse(result.GetProperty("content")[0].GetProperty("text").GetString()!).RootElement;
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("requestId").GetString()));
        Assert.DoesNotContain(FaultyStore.Secret, body);
    }

    [Fact]
    public async Task UnknownExportFormat_IsANotFoundProblem_WithTheRequestId()
    {
        using var client = mcp.Factory.CreateClient();

        using var response = await client.GetAsync("/export/csv", Ct);

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NOT_FOUND", problem.GetProperty("code").GetString());
        Assert.Equal("format", problem.GetProperty("argument").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("requestId").GetString()));
    }

    private static WebApplicationFactory<Program> Faulty() =>
        new ApiFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(FaultyStore.Create())));
}
