using System.CommandLine;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Cli.Commands;

/// <summary><c>seed --neo4j URL [seed-data]</c>: validates seed-data, then writes it into Neo4j in one transaction.</summary>
internal static class SeedCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = SeedFolder.Argument();
        var url = new Option<string>("--neo4j") { Description = "Neo4j's HTTP endpoint, e.g. http://localhost:7474.", Required = true };
        url.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                result.AddError($"--neo4j must be an http(s) URL such as http://localhost:7474, not '{text}'.");
        });
        var database = new Option<string>("--database") { Description = "The database to seed.", DefaultValueFactory = _ => "neo4j" };
        var user = new Option<string?>("--user") { Description = "Neo4j user (default: $NEO4J_USER, else neo4j)." };
        var password = new Option<string?>("--password") { Description = "Neo4j password (default: $NEO4J_PASSWORD; prefer the variable to keep it out of shell history)." };
        var command = new Command("seed", "Validate seed-data, then create Neo4j constraints and write every item with UNWIND + MERGE in one transaction (all or nothing, idempotent).")
        {
            folder, url, database, user, password,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (SeedGraph.Load(parse.GetValue(folder), error) is not { } graph) return 1; // invalid seed-data: nothing is sent

            var options = new Neo4jConnectionOptions
            {
                Url = new Uri(parse.GetValue(url)!),
                Database = parse.GetValue(database)!,
                User = parse.GetValue(user) ?? Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Password = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
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
        });
        return command;
    }
}
