namespace MechanismGraph.Testing.Neo4jFake;

/// <summary>How the fake answers one statement: a typed JSON <c>data</c> object and counters, or an error.</summary>
internal sealed record FakeAnswer(string DataJson, string? CountersJson = null, int ErrorStatus = 0, string? ErrorCode = null, string? ErrorMessage = null)
{
    public const string NoCounters = """
        {"containsUpdates":false,"nodesCreated":0,"nodesDeleted":0,"propertiesSet":0,"relationshipsCreated":0,"relationshipsDeleted":0,"labelsAdded":0,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,"constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0}
        """;

    public static readonly FakeAnswer Nothing = new("""{"fields":[],"values":[]}""");

    public static FakeAnswer Error(int status, string code, string message) => new("", null, status, code, message);

    public bool IsError => ErrorCode is not null;
}
