using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace MechanismGraph.Api.Tests;

/// <summary>The GraphQL-over-HTTP rules: methods, media types, status codes, malformed requests.</summary>
public sealed class TransportTests(SharedApi api) : IClassFixture<SharedApi>
{
    private async Task<GraphQLResponse> SendAsync(HttpMethod method, string url, string? body = null, string? contentType = "application/json", string? accept = null)
    {
        using var client = api.Factory.CreateClient();
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return await GraphQLResponse.ReadAsync(response);
    }

    [Fact]
    public async Task Get_Query_IsExecuted()
    {
        var response = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("query($id: String!) { entity(ref: $id) { name } }")
            + "&variables=" + Uri.EscapeDataString("""{"id":"nmdar"}"""));

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("NMDA receptor", response.AssertNoErrors().Data.GetProperty("entity").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_Mutation_Is405()
    {
        var response = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { stats { entities } }"));

        Assert.Equal(405, response.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_Are405WithAGraphQLError(string method)
    {
        var response = await SendAsync(new HttpMethod(method), "/graphql", """{"query":"{ stats { entities } }"}""");

        Assert.Equal(405, response.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_UnsupportedContentType_Is415(string contentType)
    {
        var response = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { entities } }"}""", contentType);

        Assert.Equal(415, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    public async Task Post_UnacceptableAccept_Is406(string accept)
    {
        var response = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { entities } }"}""", accept: accept);

        Assert.Equal(406, response.Status);
        Assert.Equal("NOT_ACCEPTABLE", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("{\"query\": ", "not valid JSON")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{}", "has no 'query'")]
    [InlineData("{\"query\": 42}", "'query' must be a string, not a JSON number")]
    [InlineData("{\"query\": \"{ stats { entities } }\", \"variables\": [1]}", "'variables' must be a JSON object")]
    [InlineData("{\"query\": \"{ stats { entities } }\", \"variables\": \"x\"}", "'variables' must be a JSON object")]
    [InlineData("{\"query\": \"{ stats { entities } }\", \"operationName\": 7}", "'operationName' must be a string")]
    public async Task Post_MalformedRequest_Is400WithAClearMessage(string body, string message)
    {
        var response = await SendAsync(HttpMethod.Post, "/graphql", body);

        Assert.Equal(400, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
        Assert.Contains(message, response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task GraphQLResponseJson_IsUsedWhenAsked_And400WhenTheDocumentDoesNotValidate()
    {
        var ok = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { entities } }"}""", accept: "application/graphql-response+json");
        Assert.Equal(200, ok.Status);
        Assert.Equal("application/graphql-response+json", ok.ContentType);

        var unknownField = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { nope } }"}""", accept: "application/graphql-response+json");
        Assert.Equal(400, unknownField.Status);
        Assert.False(unknownField.Json.TryGetProperty("data", out _));
        Assert.Contains("nope", unknownField.FirstError.GetProperty("message").GetString());

        var syntax = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { "}""", accept: "application/graphql-response+json");
        Assert.Equal(400, syntax.Status);
        Assert.Equal("SYNTAX_ERROR", syntax.FirstErrorCode);
    }

    [Fact]
    public async Task ApplicationJson_AnswersValidationErrorsWith200()
    {
        var response = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { nope } }"}""", accept: "application/json");

        Assert.Equal(200, response.Status);
        Assert.True(response.HasErrors);
    }

    [Fact]
    public async Task WrongVariableType_IsAnErrorNamingTheVariable()
    {
        var response = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"query($n: Int) { pathways(from: \"ketamine\", to: \"synaptogenesis\", maxHops: $n) { length } }","variables":{"n":"eight"}}""");

        Assert.Equal(200, response.Status);
        Assert.Contains("$n", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Browser_GettingTheEndpoint_GetsThePlayground()
    {
        using var client = api.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/playground/", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Health_ReportsTheStoreAndCounts()
    {
        using var client = api.Factory.CreateClient();
        var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/health", TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal("healthy", json.GetProperty("status").GetString());
        Assert.Equal("embedded", json.GetProperty("store").GetString());
        Assert.True(json.GetProperty("counts").GetProperty("relations").GetInt32() > 25);
    }

    [Fact]
    public async Task ClientsAskingForCompression_GetBrotliOrGzip()
    {
        using var client = api.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/playground/vendor/graphiql.min.js");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var compressed = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.InRange(compressed.Length, 1, 600_000); // the file itself is over 1 MB
    }
}
