using GraphQL;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>Partial results are still answers: the response's <c>extensions.warnings</c> says what was cut.</summary>
internal static class Warnings
{
    public static void Add(IResolveFieldContext ctx, string warning)
    {
        // Fields resolve in parallel: one list, added to under a lock.
        lock (ctx.OutputExtensions)
        {
            var warnings = ctx.GetOutputExtension("warnings") as List<string> ?? [];
            warnings.Add(warning);
            ctx.SetOutputExtension("warnings", warnings);
        }
    }
}
