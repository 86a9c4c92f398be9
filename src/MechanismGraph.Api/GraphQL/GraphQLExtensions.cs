using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.Caching.Memory;
using MechanismGraph.Api.GraphQL.Transport;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL;

/// <summary>Registers the schema, GraphQL.NET's executer with our limits and error mapping, and the HTTP endpoint.</summary>
internal static class GraphQLExtensions
{
    public const string Path = "/graphql";

    public static IHostApplicationBuilder AddMechanismGraphQL(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(GraphQLOptions.Section);
        builder.Services.Configure<GraphQLOptions>(section);
        var options = MechanismGraph.Composition.Settings.Bind<GraphQLOptions>(builder.Configuration, GraphQLOptions.Section);
        builder.Services.AddGraphQL(b => b
            .AddSchema<MechanismSchema>()
            .AddGraphTypes(typeof(MechanismSchema).Assembly)
            // Readable JSON for people using curl: typographic quotes and apostrophes stay as written, not \u escapes.
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .WithTimeout(options.ExecutionTimeout, _ => TimeoutResult(options.ExecutionTimeout))
            .AddErrorInfoProvider<MechanismErrorInfoProvider>()
            .AddUnhandledExceptionHandler(ErrorMapping.Handle));
        builder.Services.AddSingleton(sp => new GraphQLHttpEndpoint(
            sp.GetRequiredService<IDocumentExecuter<MechanismSchema>>(), sp.GetRequiredService<IGraphQLTextSerializer>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLOptions>>(), sp.GetRequiredService<IWebHostEnvironment>(),
            // Whole responses are only reusable when the graph cannot change under them.
            sp.GetRequiredService<MechanismGraph.Storage.IGraphStore>().IsImmutable && options.ResponseCacheBytes > 0
                ? new ResponseCache(options.ResponseCacheBytes) : null));
        builder.Services.AddScoped<Loading.NeighbourLoader>();
        builder.Services.AddSingleton(new DocumentCache(new MemoryCache(new MemoryCacheOptions { SizeLimit = DocumentCache.SizeLimit })));
        builder.Services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<DocumentCache>());
        // Our own cost measure replaces GraphQL.NET's complexity analyzer: it is linear and runs before validation.
        builder.Services.AddSingleton<IConfigureExecution, Cost.CostGate>();
        builder.Services.AddSingleton<IConfigureExecution, AdmissionGate>();
        return builder;
    }

    public static IEndpointRouteBuilder MapMechanismGraphQL(this IEndpointRouteBuilder app)
    {
        // Every method reaches the endpoint, so PUT or DELETE also get a GraphQL-shaped 405 rather than routing's empty one.
        app.Map(Path, (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http));
        return app;
    }

    /// <summary>The answer to a request stopped at the execution limit.</summary>
    public static ExecutionResult TimeoutResult(TimeSpan timeout) => new()
    {
        Errors = [new MechanismExecutionError(new ClientError(ErrorCodes.Timeout,
            $"The request took longer than the {timeout.TotalSeconds:0.###} s execution limit and was stopped; narrow it (lower maxHops, limit or first).",
            new Dictionary<string, object>()))],
    };
}
