namespace MechanismGraph.Testing.Neo4jFake;

/// <summary>One statement the fake runs with a handler: its text, its decoded parameters, and its explicit transaction if any.</summary>
internal sealed record FakeCall(string Statement, IReadOnlyDictionary<string, object?> Parameters, string? TransactionId)
{
    public T Get<T>(string name) => (T)Parameters[name]!;
}
