using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Testing.Neo4jFake;

/// <summary>
/// A model of what the project's own Cypher statements do to a database, attached to a <see cref="FakeQueryApi"/>: the
/// generation statements, the seed statements (MERGE by id and generation, SET only when the content hash differs), and
/// the read statements except find-paths, each answering from the active generation. It runs auto-commit statements
/// only (as the seeder sends them) and refuses them inside an explicit transaction rather than pretend to roll back.
/// It models these statements, not Cypher: the Cypher check and the contract tests on a real server cover the text.
/// </summary>
internal sealed partial class FakeGraphDatabase
{
    private readonly object _gate = new();
    private readonly SortedDictionary<long, Generation> _generations = [];
    private readonly Dictionary<(string Label, string Id, long Generation), Item> _nodes = [];
    private readonly Dictionary<(string Id, long Generation), Link> _relations = [];

    private FakeGraphDatabase()
    {
    }

    /// <summary>Every generation number and its state, in order.</summary>
    public IReadOnlyList<(long Number, string State)> Generations
    {
        get { lock (_gate) return _generations.Select(g => (g.Key, g.Value.State)).ToArray(); }
    }

    /// <summary>Every generation with its state and the fingerprint of the input written into it.</summary>
    public IReadOnlyList<(long Number, string State, string? Fingerprint)> GenerationDetails
    {
        get { lock (_gate) return _generations.Select(g => (g.Key, g.Value.State, g.Value.Fingerprint)).ToArray(); }
    }

    /// <summary>Every stored node: label, id, generation and properties (arrays as lists, integers as long).</summary>
    public IReadOnlyList<(string Label, string Id, long Generation, IReadOnlyDictionary<string, object?> Properties)> Nodes
    {
        get { lock (_gate) return _nodes.Select(n => (n.Key.Label, n.Key.Id, n.Key.Generation, (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(n.Value.Properties))).ToArray(); }
    }

    /// <summary>Every stored RELATES relationship: its ends' ids and its properties.</summary>
    public IReadOnlyList<(string Subject, string Object, IReadOnlyDictionary<string, object?> Properties)> Relations
    {
        get { lock (_gate) return _relations.Select(r => (r.Value.Subject, r.Value.Object, (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(r.Value.Properties))).ToArray(); }
    }

    /// <summary>Nodes and relations of <paramref name="generation"/> still stored.</summary>
    public int ItemsOf(long generation)
    {
        lock (_gate) return _nodes.Keys.Count(k => k.Generation == generation) + _relations.Keys.Count(k => k.Generation == generation);
    }

    public static FakeGraphDatabase AttachTo(FakeQueryApi fake)
    {
        var database = new FakeGraphDatabase();
        void On(string statement, Func<FakeCall, FakeAnswer> handler) =>
            fake.Handle(StatementText.Collapse(Neo4jStatements.Get(statement)), call => call.TransactionId is null
                ? database.Locked(() => handler(call))
                : FakeAnswer.Error(400, "Neo.ClientError.Request.Invalid", "FakeGraphDatabase runs auto-commit statements only."));
        On("generation-begin", database.Begin);
        On("generation-list", database.List);
        On("generation-activate", database.Activate);
        On("generation-remove-relations", database.RemoveRelations);
        On("generation-remove-nodes", database.RemoveNodes);
        On("generation-forget", database.Forget);
        On("seed-kinds", c => database.SeedNodes(c, "Kind"));
        On("seed-predicates", c => database.SeedNodes(c, "Predicate"));
        On("seed-documents", c => database.SeedNodes(c, "Document"));
        On("seed-entities", c => database.SeedNodes(c, "Entity"));
        On("seed-relations", database.SeedRelations);
        database.AttachReads(On);
        return database;
    }

    private FakeAnswer Locked(Func<FakeAnswer> run)
    {
        lock (_gate) return run();
    }

    private sealed record Generation(string State, string? Fingerprint);

    private sealed class Item(Dictionary<string, object?> properties)
    {
        public Dictionary<string, object?> Properties { get; } = properties;
    }

    private sealed class Link(string subject, string @object, Dictionary<string, object?> properties)
    {
        public string Subject { get; set; } = subject;

        public string Object { get; set; } = @object;

        public Dictionary<string, object?> Properties { get; } = properties;
    }
}
