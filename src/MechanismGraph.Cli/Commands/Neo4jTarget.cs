using System.CommandLine;
using MechanismGraph.Graph;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Cli.Commands;

/// <summary>The Neo4j connection options shared by <c>seed</c> and <c>import</c>, and the one way both write a graph.</summary>
internal sealed class Neo4jTarget
{
    public Neo4jTarget(bool required)
    {
        Url = new Option<string?>("--neo4j") { Description = "Neo4j's HTTP endpoint, e.g. http://localhost:7474.", Required = required };
        Url.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https")))
                result.AddError($"--neo4j must be an http(s) URL such as http://localhost:7474, not '{text}'.");
        });
    }

    public Option<string?> Url { get; }
    public Option<string> Database { get; } = new("--database") { Description = "The database to write to.", DefaultValueFactory = _ => "neo4j" };
    public Option<string?> User { get; } = new("--user") { Description = "Neo4j user (default: $NEO4J_USER, else neo4j)." };
    public Option<string?> Password { get; } = new("--password") { Description = "Neo4j password (default: $NEO4J_PASSWORD; prefer the variable to keep it out of shell history)." };

    public IEnumerable<Option> Options => [Url, Database, User, Password];

    /// <summary>Writes the graph in one transaction with a progress display; 0 on success, 1 with the reason on the error writer.</summary>
    public async Task<int> WriteAsync(ParseResult parse, KnowledgeGraph graph, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = new Neo4jConnectionOptions
        {
            Url = new Uri(parse.GetValue(Url)!),
            Database = parse.GetValue(Database)!,
            User = parse.GetValue(User) ?? Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = parse.GetValue(Password) ?? Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        };
        using var http = new HttpClient();
        try
        {
            var seeder = new Neo4jSeeder(new Neo4jGraphStore(http, options));
            var report = await SeedProgressDisplay.RunAsync(output, progress => seeder.SeedAsync(graph, progress, cancellationToken));
            output.WriteLine(report.NothingChanged
                ? $"Neo4j at {options.Url} already holds this graph: nothing changed."
                : $"Seeded Neo4j at {options.Url} (database {options.Database}).");
            output.WriteLine($"  sent: {report.Documents} documents, {report.Entities} entities, {report.Relations} relations, {report.Predicates} predicates, {report.Kinds} kinds");
            output.WriteLine($"  changed: {report.NodesCreated} nodes created, {report.RelationshipsCreated} relationships created, {report.PropertiesSet} properties set, {report.SchemaObjectsAdded} constraints/indexes added");
            return 0;
        }
        catch (Exception e) when (e is StoreUnavailableException or Neo4jException or ArgumentException)
        {
            error.WriteLine($"Seeding failed, no graph data was written (constraints and indexes may exist): {e.Message}");
            return 1;
        }
    }
}
