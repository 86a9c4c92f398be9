using MechanismGraph.Api.Export;
using MechanismGraph.Api.Explorer;
using MechanismGraph.Api.GraphQL;
using MechanismGraph.Api.Hosting;
using MechanismGraph.Api.Hosting.Admission;
using MechanismGraph.Api.Hosting.Memory;
using MechanismGraph.Api.Mcp;
using MechanismGraph.Api.Playground;
using MechanismGraph.Composition;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddServerLimits();
    builder.AddIdleMemoryTrim();
    builder.AddAdmission();
    builder.AddMechanismGraphStore();
    builder.AddMechanismGraphQL();
    builder.AddMechanismGraphMcp();
    builder.AddCompression();
    builder.AddProblems();

    var app = builder.Build();
    app.UseProblems();
    app.UseIdleMemoryTrim();
    app.UseAdmission();
    app.UseCompression();
    app.UsePlaygroundAssets();
    app.MapMechanismGraphQL();
    app.MapSchemaSdl();
    app.MapMechanismGraphMcp();
    app.MapExports();
    app.MapHealth();
    app.MapExplorer();
    app.MapGet("/", () => Results.Redirect(GraphQLExtensions.Path));
    app.Run();
    return 0;
}
catch (CompositionException e)
{
    // A bad configuration or seed-data folder is the operator's to fix: say what, without a stack trace.
    Console.Error.WriteLine($"MechanismGraph cannot start: {e.Message}");
    return 1;
}

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
