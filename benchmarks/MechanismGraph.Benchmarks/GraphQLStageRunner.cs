extern alias Api;

using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphQL;
using GraphQLParser.AST;
using MechanismGraph.Api.GraphQL;
using MechanismGraph.Api.GraphQL.Cost;
using MechanismGraph.Api.GraphQL.Transport;
using MechanismGraph.Reasoning;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Benchmarks;

/// <summary>
/// Where an uncached GraphQL request's CPU goes (docs/performance.md, "Uncached GraphQL against raw Kestrel"): the API
/// in-process (TestServer, no sockets, response cache off), each stage of the endpoint called alone in a loop on one
/// thread, timed in thread CPU (so waiting for a core on a loaded machine does not count) and process CPU (the HTTP
/// stage's continuations move between threads, so only process CPU counts all of it), with bytes allocated and GC.
/// </summary>
internal static class GraphQLStageRunner
{
    public static async Task<int> RunAsync(string bodyFile, int iterations, TextWriter output)
    {
        await using var factory = new WebApplicationFactory<Api::Program>().WithWebHostBuilder(b => b
            .UseSetting("GraphQL:ResponseCacheBytes", "0").UseSetting("Logging:LogLevel:Default", "Warning")
            .UseSetting("Admission:HeavyQueueLength", "4096"));
        var services = factory.Services;
        var body = await File.ReadAllBytesAsync(bodyFile);
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var executer = services.GetRequiredService<IDocumentExecuter<MechanismSchema>>();
        var schema = services.GetRequiredService<MechanismSchema>();
        var reasoning = services.GetRequiredService<ReasoningServices>();
        var reader = new GraphQLRequestReader(serializer);
        var (request, _) = reader.FromJsonBody(body);
        var client = factory.CreateClient();
        var document = GraphQLParser.Parser.Parse(request!.Query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        schema.Initialize();

        async Task<ExecutionResult> ExecuteAsync()
        {
            await using var scope = services.CreateAsyncScope();
            return await executer.ExecuteAsync(o =>
            {
                o.Query = request.Query;
                o.Variables = request.Variables;
                o.OperationName = request.OperationName;
                o.RequestServices = scope.ServiceProvider;
                o.UserContext = new Dictionary<string, object?>();
            });
        }
        var result = await ExecuteAsync();
        if (result.Errors is { Count: > 0 }) throw new InvalidOperationException(result.Errors[0].Message);

        var stages = new List<(string Name, Func<Task> Run)>
        {
            ("HTTP in-process (TestServer: routing, endpoint, execution, serialization)", async () =>
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                using var response = await client.PostAsync("/graphql", content);
                await response.Content.CopyToAsync(Stream.Null);
            }),
            ("read the JSON request (GraphQLRequestReader)", () => { reader.FromJsonBody(body); return Task.CompletedTask; }),
            ("parse the document (skipped on a document-cache hit)", () => { GraphQLParser.Parser.Parse(request.Query); return Task.CompletedTask; }),
            ("cost measure (CostAnalyzer, per request)", () => { CostAnalyzer.Analyze(schema, document, operation, request.Variables); return Task.CompletedTask; }),
            ("execute: gates + GraphQL.NET + resolvers (document cached)", async () => await ExecuteAsync()),
            ("serialize the result (System.Text.Json, to Stream.Null)", async () => await serializer.WriteAsync(Stream.Null, result)),
        };
        if (request.Query.Contains("pathways", StringComparison.Ordinal))
            stages.Add(("reasoning alone: PathwayFinder.FindAsync", async () => await reasoning.Pathways.FindAsync(
                request.Variables!["from"]!.ToString()!, request.Variables!["to"]!.ToString()!, new PathwayOptions(null, 3, null, null))));
        else
            stages.Add(("reasoning alone: EntityResolver.ResolveAsync", async () => await reasoning.Resolver.ResolveAsync(request.Variables!["ref"]!.ToString()!, "ref")));

        output.WriteLine($"{Path.GetFileName(bodyFile)}: {iterations:N0} iterations per stage after {iterations / 10:N0} warm-up; response {Encoding.UTF8.GetByteCount(serializer.Serialize(result)):N0} bytes");
        output.WriteLine();
        output.WriteLine("| stage | thread CPU µs / request | process CPU µs / request | wall µs / request | bytes allocated / request | gen0 GCs / 1,000 requests | GC pause µs / request |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        // GRAPHQL_STAGE=text runs only the stages whose name contains it (for a profiler attached to this loop).
        var only = Environment.GetEnvironmentVariable("GRAPHQL_STAGE");
        foreach (var (name, run) in stages.Where(s => only is null || s.Name.Contains(only, StringComparison.Ordinal)))
        {
            for (var i = 0; i < iterations / 10; i++) await run();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var (collections, paused) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
            var cpu = ThreadCpu.Milliseconds();
            var processCpu = Process.GetCurrentProcess().TotalProcessorTime; // the HTTP stage hops threads: only this row counts it all
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++) await run();
            var cpuMs = ThreadCpu.Milliseconds() - cpu;
            var processMs = (Process.GetCurrentProcess().TotalProcessorTime - processCpu).TotalMilliseconds;
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var gcs = (GC.CollectionCount(0) - collections) * 1000.0 / iterations;
            var pause = (GC.GetTotalPauseDuration() - paused).TotalMicroseconds / iterations;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {cpuMs * 1000 / iterations:0.0} | {processMs * 1000 / iterations:0.0} | {wall.Elapsed.TotalMicroseconds / iterations:0.0} | {bytes / iterations:N0} | {gcs:0.00} | {pause:0.0} |"));
        }
        return 0;
    }
}
