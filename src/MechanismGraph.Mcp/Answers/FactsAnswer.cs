using MechanismGraph.Mcp.Rendering;
using MechanismGraph.Mcp.Results;
using MechanismGraph.Reasoning;
using ModelContextProtocol.Protocol;

namespace MechanismGraph.Mcp.Answers;

/// <summary>get_facts: citation-ready statements about an entity or the whole graph, page by page.</summary>
internal static class FactsAnswer
{
    public static async Task<CallToolResult> RunAsync(
        ReasoningServices reasoning, string? about, int? limit, string? after, int? maxChars, CancellationToken cancellationToken)
    {
        var budget = McpLimits.Budget(maxChars);
        var count = QueryLimits.First(limit, "limit");
        var page = await reasoning.Facts.PageAsync(string.IsNullOrWhiteSpace(about) ? null : about, count, after, cancellationToken);
        var entity = page.About;
        var facts = page.Facts.Select(f => RelationItem.Of(f.Relation)).ToArray();

        var subject = entity is null ? "the whole graph, in relation-id order" : $"{entity.Name} ({entity.Id}), as subject then as object";
        budget.AddRequired(facts.Length == 0 ? $"No facts about {subject}{(after is null ? "" : $" after {after}")}.\n" : $"Facts about {subject}:\n\n");
        var shown = facts.Select((f, i) => (f, i)).TakeWhile(x => budget.TryAdd(TextFormat.Relation(x.i + 1, x.f))).Select(x => x.f).ToArray();

        var truncated = shown.Length < facts.Length || page.HasMore;
        NextCall? next = null;
        string? footer = null;
        if (truncated)
        {
            var arguments = new Dictionary<string, object>();
            if (entity is not null) arguments["about"] = entity.Id;
            arguments["limit"] = count;
            if ((shown.Length > 0 ? shown[^1].RelationId : after) is { } cursor) arguments["after"] = cursor;
            if (shown.Length == 0) arguments["max_chars"] = Math.Min(McpLimits.MaxMaxChars, budget.MaxChars * 2);
            else if (maxChars is not null) arguments["max_chars"] = maxChars;
            next = new NextCall("get_facts", arguments);
            footer = $"More facts follow; call get_facts with {TextFormat.Arguments(arguments)} for the next ones.";
        }
        return ToolOutput.Success(new FactsResult(entity is null ? null : EntityRef.Of(entity), shown, truncated, next), budget.Finish(footer));
    }
}
