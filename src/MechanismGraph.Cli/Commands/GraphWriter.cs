using MechanismGraph.Graph;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Cli.Commands;

/// <summary>The one way <c>seed</c> and <c>import</c> write a graph into the composed store, with a progress display.</summary>
internal static class GraphWriter
{
    /// <summary>0 on success; 1 with the reason on the error writer.</summary>
    public static async Task<int> WriteAsync(IGraphSeeder seeder, IGraphStore store, KnowledgeGraph graph, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var report = await SeedProgressDisplay.RunAsync(output, progress => seeder.SeedAsync(graph, progress, cancellationToken));
            output.WriteLine(report.NothingChanged
                ? $"The {store.Name} store already holds this graph: nothing changed."
                : $"Seeded the {store.Name} store{(report.Generation is { } g ? $": generation {g} is active" : "")}.");
            output.WriteLine($"  sent: {report.Documents} documents, {report.Entities} entities, {report.Relations} relations, {report.Predicates} predicates, {report.Kinds} kinds");
            output.WriteLine($"  changed: {report.NodesCreated} nodes created, {report.RelationshipsCreated} relationships created, {report.PropertiesSet} properties set, {report.SchemaObjectsAdded} constraints/indexes added");
            return 0;
        }
        catch (Exception e) when (e is StoreUnavailableException or StoreMisconfiguredException or Neo4jException)
        {
            // On Neo4j the active generation is untouched by a failed write; what was written waits for --resume.
            error.WriteLine(store.Name == "neo4j"
                ? $"Seeding failed; the graph queries read is unchanged (constraints and indexes may exist). Run the same command with --resume to continue where it stopped: {e.Message}"
                : $"Seeding failed, no graph data was written: {e.Message}");
            return 1;
        }
    }
}
