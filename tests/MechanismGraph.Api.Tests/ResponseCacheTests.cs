using MechanismGraph.Api.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Api.Tests;

/// <summary>
/// On the immutable embedded graph, a repeated request is answered from the response cache: it never reaches the
/// executer (so the document cache sees nothing), while anything with errors is executed every time.
/// </summary>
public sealed class ResponseCacheTests
{
    private const string Query = """{ pathways(from: "ketamine", to: "synaptogenesis", limit: 2) { length summary } }""";

    [Fact]
    public async Task RepeatedRequest_IsAnsweredWithoutExecuting_AndIsByteForByteTheSame()
    {
        await using var api = new ApiFactory();
        var documents = api.Services.GetRequiredService<DocumentCache>();

        var first = await api.QueryAsync(Query);
        var executed = documents.Hits + documents.Misses;
        var second = await api.QueryAsync(Query);

        Assert.Equal(executed, documents.Hits + documents.Misses);
        Assert.Equal(first.Json.GetRawText(), second.Json.GetRawText());
    }

    [Fact]
    public async Task AnotherResponseType_IsItsOwnEntry()
    {
        await using var api = new ApiFactory();
        var documents = api.Services.GetRequiredService<DocumentCache>();
        await api.QueryAsync(Query);

        var hits = documents.Hits;
        var other = await api.QueryAsync(Query, accept: "application/graphql-response+json");

        Assert.Equal(hits + 1, documents.Hits); // executed again (its document from the document cache)
        Assert.Equal("application/graphql-response+json", other.ContentType);
    }

    [Fact]
    public async Task ErrorResponses_AreNeverCached()
    {
        await using var api = new ApiFactory();
        var documents = api.Services.GetRequiredService<DocumentCache>();
        await api.QueryAsync("""{ entity(ref: "ketamin") { id } }""");

        var hits = documents.Hits;
        var again = await api.QueryAsync("""{ entity(ref: "ketamin") { id } }""");

        Assert.Equal(hits + 1, documents.Hits);
        Assert.Equal("NOT_FOUND", again.FirstErrorCode);
    }

    [Fact]
    public async Task ResponseCache_CanBeTurnedOff()
    {
        await using var api = new ApiFactory(new Dictionary<string, string?> { ["GraphQL:ResponseCacheBytes"] = "0" });
        var documents = api.Services.GetRequiredService<DocumentCache>();
        await api.QueryAsync(Query);

        var hits = documents.Hits;
        await api.QueryAsync(Query);

        Assert.Equal(hits + 1, documents.Hits);
    }
}
