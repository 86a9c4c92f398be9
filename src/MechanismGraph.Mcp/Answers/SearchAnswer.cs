using MechanismGraph.Mcp.Rendering;
using MechanismGraph.Mcp.Results;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using ModelContextProtocol.Protocol;

namespace MechanismGraph.Mcp.Answers;

/// <summary>search_entities: text to entity ids (grounding), through the store's entity search.</summary>
internal static class SearchAnswer
{
    public static async Task<CallToolResult> RunAsync(
        ReasoningServices reasoning, string query, string? kind, int? limit, string? after, int? maxChars, CancellationToken cancellationToken)
    {
        var budget = McpLimits.Budget(maxChars);
        var text = query?.Trim() ?? "";
        if (text.Length == 0) throw MechanismGraphException.BadInput("query", "query must be some text: a name, alias, id or CURIE, or part of one");
        var count = limit ?? McpLimits.DefaultSearchLimit;
        var (page, kindId) = await reasoning.Lookup.SearchEntitiesAsync(text, kind, after, count, "limit", cancellationToken);
        var hits = page.Items.Select(e => new EntityHit(EntityInfo.Of(e), IsExact(e, text))).ToArray();
        var suggestions = page.TotalCount == 0 ? await reasoning.Resolver.SuggestAsync(text, 5, cancellationToken) : [];

        var ofKind = kindId is null ? "" : $" of kind {kindId}";
        budget.AddRequired(page.TotalCount == 0
            ? $"No entity{ofKind} matches \"{text}\".{(suggestions.Count > 0 ? $" Did you mean: {string.Join(", ", suggestions)}?" : "")}\n"
            : $"Entities{ofKind} matching \"{text}\" ({page.TotalCount} in all), in id order:\n\n");
        var shown = hits.TakeWhile(hit => budget.TryAdd(TextFormat.Entity(hit.Entity, hit.ExactMatch))).ToArray();

        var truncated = shown.Length < hits.Length || page.HasNextPage;
        NextCall? next = null;
        string? footer = null;
        if (truncated)
        {
            var arguments = new Dictionary<string, object> { ["query"] = text };
            if (kindId is not null) arguments["kind"] = kindId;
            arguments["limit"] = count;
            if ((shown.Length > 0 ? shown[^1].Entity.Id : after) is { } cursor) arguments["after"] = cursor;
            if (shown.Length == 0) arguments["max_chars"] = Math.Min(McpLimits.MaxMaxChars, budget.MaxChars * 2);
            else if (maxChars is not null) arguments["max_chars"] = maxChars;
            next = new NextCall("search_entities", arguments);
            footer = $"More matches follow; call search_entities with {TextFormat.Arguments(arguments)} for the next ones.";
        }
        return ToolOutput.Success(
            new SearchEntitiesResult(text, kindId, page.TotalCount, shown, suggestions, truncated, next), budget.Finish(footer));
    }

    private static bool IsExact(Entity entity, string text) =>
        entity.References.Any(label => string.Equals(label, text, StringComparison.OrdinalIgnoreCase));
}
