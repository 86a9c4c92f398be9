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
                : $"Seeded the {store.Name} store.");
            output.WriteLine($"  sent: {report.Documents} documents, {report.Entities} entities, {report.Relations} relations, {report.Predicates} predicates, {report.Kinds} kinds");
            output.WriteLine($"  changed: {report.NodesCreated} nodes created, {report.RelationshipsCreated} relationships created, {report.PropertiesSet} properties set, {report.SchemaObjectsAdded} constraints/indexes added");
            return 0;
        }
        catch (Exception e) when (e is StoreUnavailableException or Neo4jException)
        {
            error.WriteLine($"Seeding failed, no graph data was written (constraints and indexes may exist): {e.Message}");
            return 1;
        }
    }
}
