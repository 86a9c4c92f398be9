using MechanismGraph.Mcp.Rendering;
using MechanismGraph.Mcp.Results;
using MechanismGraph.Reasoning;
using ModelContextProtocol.Protocol;

namespace MechanismGraph.Mcp.Answers;

/// <summary>trace_pathways: the ranked causal chains between two entities, each with its steps, net effect and summary.</summary>
internal static class PathwaysAnswer
{
    public static async Task<CallToolResult> RunAsync(
        ReasoningServices reasoning, string from, string to, int? maxHops, int? limit, int? maxChars, CancellationToken cancellationToken)
    {
        var budget = McpLimits.Budget(maxChars);
        // Checked here so errors name this tool's arguments; the finder applies the same limits.
        var hops = QueryLimits.Hops(maxHops, QueryLimits.DefaultPathHops, "max_hops");
        var count = QueryLimits.Limit(limit, "limit");
        var found = await reasoning.Pathways.FindAsync(from, to, new PathwayOptions(hops, count), cancellationToken);
        var (source, target) = (found.From, found.To);
        var pathways = found.Pathways.Select((p, i) => PathwayItem.Of(p, i + 1)).ToArray();

        budget.AddRequired(pathways.Length == 0
            ? found.SearchComplete
                ? $"No causal pathway from {source.Name} to {target.Name} within {hops} steps.\n"
                : $"The search stopped early, at its work bound, before finding a causal pathway from {source.Name} to {target.Name} within {hops} steps; one may still exist.\n"
            : $"{pathways.Length} pathway(s) from {source.Name} to {target.Name}, best first (mechanistic before indirect, then shorter, then better supported):\n\n");
        if (!found.SearchComplete)
            budget.AddRequired($"The search stopped early, at its work bound: these are the pathways found so far, best first; lower max_hops (now {hops}) for complete results.\n\n");
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        var shown = new List<PathwayItem>();
        foreach (var pathway in pathways)
        {
            // Marks are only kept for a pathway that was shown, so "(quoted above)" always points at printed text.
            var marks = new HashSet<string>(quoted, StringComparer.Ordinal);
            if (!budget.TryAdd(TextFormat.Pathway(pathway, marks))) break;
            quoted = marks;
            shown.Add(pathway);
        }

        var truncated = shown.Count < pathways.Length;
        NextCall? next = null;
        string? footer = null;
        if (truncated)
        {
            var missing = $"{pathways.Length - shown.Count} more pathway(s) not shown";
            if (budget.MaxChars < McpLimits.MaxMaxChars)
            {
                var arguments = new Dictionary<string, object> { ["from"] = source.Id, ["to"] = target.Id, ["max_hops"] = hops, ["limit"] = count, ["max_chars"] = Math.Min(McpLimits.MaxMaxChars, budget.MaxChars * 2) };
                next = new NextCall("trace_pathways", arguments);
                footer = $"{missing}; call trace_pathways with {TextFormat.Arguments(arguments)} to see more.";
            }
            else footer = $"{missing}; lower limit or max_hops to see fewer, shorter pathways.";
        }
        return ToolOutput.Success(
            new PathwaysResult(EntityRef.Of(source), EntityRef.Of(target), shown, found.Truncated, truncated, next), budget.Finish(footer));
    }
}
