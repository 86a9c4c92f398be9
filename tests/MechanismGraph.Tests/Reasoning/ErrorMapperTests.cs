using System.Reflection;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Reasoning;

/// <summary>The one mapping from exceptions to client errors, and the one registry of codes.</summary>
public sealed class ErrorMapperTests
{
    public static TheoryData<Exception, bool, string> Failures => new()
    {
        { MechanismGraphException.BadInput("first", "first must be between 1 and 100; got 0"), false, "BAD_USER_INPUT" },
        { new StoreUnavailableException("Neo4j at http://db:7474 is unreachable"), false, "STORE_UNAVAILABLE" },
        { new OperationCanceledException(), true, "CANCELLED" },
        { new OperationCanceledException(), false, "TIMEOUT" },
        { new InvalidOperationException("a bug"), false, "INTERNAL_SERVER_ERROR" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Map_GivesEachKindOfFailureItsCode(Exception exception, bool clientCancelled, string code)
    {
        var error = ErrorMapper.Map(exception, clientCancelled, "req-1");

        Assert.Equal(code, error.Code.Name);
        Assert.Equal(code == "INTERNAL_SERVER_ERROR", error.IsUnexpected);
    }

    [Fact]
    public void Map_AnUnexpectedFailure_CarriesTheRequestId_NotTheExceptionText()
    {
        var error = ErrorMapper.Map(new InvalidOperationException("connection string Password=hunter2"), false, "req-42");

        Assert.Equal("req-42", error.Details["requestId"]);
        Assert.Contains("req-42", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public void Registry_ListsEveryCodeOnce_WithAnErrorStatus()
    {
        var declared = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (ErrorCode)f.GetValue(null)!).ToArray();

        Assert.Equal(declared.OrderBy(c => c.Name), ErrorCodes.All.OrderBy(c => c.Name));
        Assert.Equal(ErrorCodes.All.Count, ErrorCodes.All.Select(c => c.Name).Distinct().Count());
        Assert.All(ErrorCodes.All, c => Assert.InRange(c.HttpStatus, 400, 599));
    }

    [Fact]
    public void EveryCode_IsDocumentedInTheGraphQLReference()
    {
        var reference = File.ReadAllText(Path.Combine(SeedFixture.RealSeedDirectory, "..", "docs", "graphql.md"));

        Assert.All(ErrorCodes.All, c => Assert.Contains($"`{c.Name}`", reference));
    }

    [Fact]
    public async Task MissingDocument_IsNotFound_NotStoreUnavailable()
    {
        var reasoning = new ReasoningServices(new EmbeddedGraphStore(TestGraphs.Of([TestGraphs.Activates], [])));

        var error = await Assert.ThrowsAsync<MechanismGraphException>(() =>
            reasoning.Lookup.DocumentAsync("no-such-document", "document", TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCodes.NotFound, error.Code);
        Assert.Equal("document", error.Details["argument"]);
    }
}
