using MechanismGraph.Mcp.Rendering;
using MechanismGraph.Mcp.Results;
using MechanismGraph.Reasoning;
using ModelContextProtocol.Protocol;

namespace MechanismGraph.Mcp.Answers;

/// <summary>get_entity: one entity and its direct relations as cited sentences (the facts about it, in the same order).</summary>
internal static class EntityAnswer
{
    public static async Task<CallToolResult> RunAsync(ReasoningServices reasoning, string reference, int? maxChars, CancellationToken cancellationToken)
    {
        var budget = McpLimits.Budget(maxChars);
        var entity = await reasoning.Resolver.ResolveAsync(reference, "ref", cancellationToken);
        var page = await reasoning.Facts.PageAboutAsync(entity, QueryLimits.MaxFirst, null, cancellationToken);
        var relations = page.Facts.Select(f => RelationItem.Of(f.Relation)).ToArray();

        var info = EntityInfo.Of(entity);
        budget.AddRequired(TextFormat.Entity(info));
        budget.AddRequired(relations.Length == 0 ? "It has no relations in the graph.\n" : "Direct relations (as subject, then as object), with their evidence:\n\n");
        var shown = relations.Select((r, i) => (r, i)).TakeWhile(x => budget.TryAdd(TextFormat.Relation(x.i + 1, x.r))).Select(x => x.r).ToArray();

        var truncated = shown.Length < relations.Length || page.HasMore;
        NextCall? next = null;
        string? footer = null;
        if (truncated)
        {
            var arguments = new Dictionary<string, object> { ["about"] = entity.Id };
            if (shown.Length > 0) arguments["after"] = shown[^1].RelationId;
            next = new NextCall("get_facts", arguments);
            footer = $"{(page.HasMore ? "More" : relations.Length - shown.Length + " more")} relation(s) not shown; call get_facts with {TextFormat.Arguments(arguments)} for them.";
        }
        return ToolOutput.Success(new EntityResult(info, shown, truncated, next), budget.Finish(footer));
    }
}
