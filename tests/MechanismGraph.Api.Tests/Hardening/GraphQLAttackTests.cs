using System.Text;
using System.Text.Json;

namespace MechanismGraph.Api.Tests.Hardening;

/// <summary>
/// The GraphQL rows of the hardening table (issue 11): each hostile document is answered with a coded error in
/// milliseconds, before validation or execution can run away.
/// </summary>
public sealed class GraphQLAttackTests(SharedApi api) : IClassFixture<SharedApi>
{
    private static string FragmentBomb(int levels) =>
        "{ entity(ref: \"ketamine\") { ...F0 } } "
        + string.Concat(Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Entity {{ ...F{i + 1} ...F{i + 1} }} "))
        + $"fragment F{levels} on Entity {{ id }}";

    [Fact]
    public async Task FragmentsThatSpreadTheNextTwice_AreRefusedForComplexity_BeforeExecution()
    {
        using var client = api.Factory.CreateClient();
        var document = FragmentBomb(26); // about 1 KB standing for 2^26 fields

        var (status, body, _, elapsed) = await HostileRequest.GraphQLAsync(client, document);

        Assert.Equal(200, status);
        Assert.Equal("COMPLEXITY", HostileRequest.FirstCode(body));
        Assert.Contains("67,108,865 fields", body);
        Assert.DoesNotContain("\"data\"", body);
        Assert.True(elapsed < HostileRequest.Fast, $"took {elapsed}");
    }

    [Fact]
    public async Task FiveHundredConflictingAliases_AreRefused_WithOneError()
    {
        using var client = api.Factory.CreateClient();
        var document = "{ " + string.Join(" ", Enumerable.Range(0, 500).Select(i => $"e:entity(ref:\"k{i}\"){{id}}")) + " }";

        var (_, body, _, elapsed) = await HostileRequest.GraphQLAsync(client, document);

        Assert.Equal("COMPLEXITY", HostileRequest.FirstCode(body));
        Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Contains("occurs 500 times", body);
        Assert.True(elapsed < HostileRequest.Fast, $"took {elapsed}");
    }

    [Fact]
    public async Task ManyIntrospectionAliases_CostLikeAnyOtherFields()
    {
        using var client = api.Factory.CreateClient();
        var document = "{ " + string.Join(" ", Enumerable.Range(0, 1500).Select(i => $"a{i}:__schema{{types{{fields{{name}}}}}}")) + " }";

        var (_, body, _, elapsed) = await HostileRequest.GraphQLAsync(client, document);

        Assert.Equal("COMPLEXITY", HostileRequest.FirstCode(body));
        Assert.True(elapsed < HostileRequest.Fast, $"took {elapsed}");
    }

    [Fact]
    public async Task ValidationErrors_AreCappedAtAHundred_WithACountOfTheRest()
    {
        using var client = api.Factory.CreateClient();
        var document = "{ " + string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"u{i}")) + " }";

        var (_, body, _, elapsed) = await HostileRequest.GraphQLAsync(client, document);

        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.Equal(101, errors.GetArrayLength());
        Assert.Contains("and 900 more errors", errors[100].GetProperty("message").GetString());
        Assert.True(elapsed < HostileRequest.Fast, $"took {elapsed}");
    }

    [Theory]
    [InlineData("mutation { x }", "BAD_REQUEST")]
    [InlineData("subscription { x }", "BAD_REQUEST")]
    public async Task MutationsAndSubscriptions_GetACodedRefusal_NotAnInternalError(string document, string code)
    {
        using var client = api.Factory.CreateClient();

        var (_, body, _, _) = await HostileRequest.GraphQLAsync(client, document);

        Assert.Equal(code, HostileRequest.FirstCode(body));
    }

    [Fact]
    public async Task SelectionsSeventyLevelsDeep_AreABadRequest_NotAnInternalError()
    {
        using var client = api.Factory.CreateClient();
        var document = "{ " + string.Concat(Enumerable.Repeat("a { ", 70)) + "b" + string.Concat(Enumerable.Repeat(" }", 70)) + " }";

        var (_, body, _, elapsed) = await HostileRequest.GraphQLAsync(client, document);

        Assert.Equal("BAD_REQUEST", HostileRequest.FirstCode(body));
        Assert.True(elapsed < HostileRequest.Fast, $"took {elapsed}");
    }

    [Fact]
    public async Task LiteralsNestedAHundredDeep_AreABadRequest_NotAnInternalError()
    {
        using var client = api.Factory.CreateClient();
        var document = "{ entity(ref: " + string.Concat(Enumerable.Repeat("{a:", 100)) + "1" + new string('}', 100) + ") { id } }";

        var (_, body, _, _) = await HostileRequest.GraphQLAsync(client, document);

        Assert.Equal("BAD_REQUEST", HostileRequest.FirstCode(body));
    }

    [Fact]
    public async Task AHugeFirst_IsBadUserInput_NotComplexity()
    {
        using var client = api.Factory.CreateClient();

        var (_, body, _, _) = await HostileRequest.GraphQLAsync(client, "{ entities(first: 2147483647) { nodes { id name } } }");

        Assert.Equal("BAD_USER_INPUT", HostileRequest.FirstCode(body));
    }

    [Theory]
    [InlineData("""{"query":"\ud800"}""")]
    [InlineData("""{"query":"{ stats { entities } }","operationName":"\udc00"}""")]
    [InlineData("""{"query":"query($r: String!) { entity(ref: $r) { id } }","variables":{"r":"\ud800x"}}""")]
    public async Task LoneSurrogates_AreABadRequest(string json)
    {
        using var client = api.Factory.CreateClient();

        var (status, body, _, _) = await HostileRequest.PostAsync(client, "/graphql", Encoding.UTF8.GetBytes(json));

        Assert.Equal(400, status);
        Assert.Equal("BAD_REQUEST", HostileRequest.FirstCode(body));
    }

    [Theory]
    [InlineData("query")]
    [InlineData("operationName")]
    [InlineData("variables")]
    public async Task InvalidUtf8_AnywhereInTheBody_IsABadRequest(string where)
    {
        using var client = api.Factory.CreateClient();
        var json = where switch
        {
            "query" => "{\"query\":\"{ stats { entities } }\u00ff\"}",
            "operationName" => "{\"query\":\"{ stats { entities } }\",\"operationName\":\"\u00ff\"}",
            _ => "{\"query\":\"{ stats { entities } }\",\"variables\":{\"v\":\"\u00ff\"}}",
        };
        // \u00ff stands for the raw byte 0xFF, which no UTF-8 text contains.
        var bytes = Encoding.Latin1.GetBytes(json);

        var (status, body, _, _) = await HostileRequest.PostAsync(client, "/graphql", bytes);

        Assert.Equal(400, status);
        Assert.Equal("BAD_REQUEST", HostileRequest.FirstCode(body));
    }

    [Fact]
    public async Task AQuotedUtf8Charset_IsAccepted()
    {
        using var client = api.Factory.CreateClient();

        var (status, body, _, _) = await HostileRequest.PostAsync(client, "/graphql",
            Encoding.UTF8.GetBytes("""{"query":"{ stats { entities } }"}"""), "application/json; charset=\"utf-8\"");

        Assert.Equal(200, status);
        Assert.Contains("\"entities\"", body);
    }

    [Fact]
    public async Task EveryExecutedAnswer_CarriesItsCost()
    {
        var response = await api.Factory.QueryAsync("{ stats { entities } }");

        var cost = response.Json.GetProperty("extensions").GetProperty("cost");
        Assert.Equal(2, cost.GetProperty("requested").GetInt64());
        Assert.Equal(100_000, cost.GetProperty("maximum").GetInt64());
    }
}
