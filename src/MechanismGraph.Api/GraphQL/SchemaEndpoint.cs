using GraphQL;
using GraphQL.Utilities;

namespace MechanismGraph.Api.GraphQL;

/// <summary><c>GET /schema.graphql</c>: the served schema as SDL with descriptions, for code generators and research tools.</summary>
internal static class SchemaEndpoint
{
    public static IEndpointRouteBuilder MapSchemaSdl(this IEndpointRouteBuilder app)
    {
        app.MapGet("/schema.graphql", (MechanismSchema schema) => Results.Text(Print(schema), "text/plain; charset=utf-8"));
        return app;
    }

    public static string Print(MechanismSchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
