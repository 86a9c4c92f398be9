using MechanismGraph.Mcp.Rendering;
using MechanismGraph.Model;
using MechanismGraph.Mcp.Results;
using MechanismGraph.Reasoning;
using ModelContextProtocol.Protocol;

namespace MechanismGraph.Mcp.Answers;

/// <summary>explain_effect: the Explainer's narrative, with its [n] citations listed as verbatim quotes and document ids.</summary>
internal static class ExplanationAnswer
{
    public static async Task<CallToolResult> RunAsync(
        ReasoningServices reasoning, string effect, string? cause, int? maxHops, int? maxChars, CancellationToken cancellationToken)
    {
        var budget = McpLimits.Budget(maxChars);
        var hops = QueryLimits.Hops(maxHops, QueryLimits.DefaultPathHops, "max_hops");
        var explanation = await reasoning.Explainer.ExplainAsync(effect, cause, hops, cancellationToken);
        var citations = explanation.Citations
            .Select((e, i) => new NumberedCitation(i + 1, e.DocumentId, e.Quote, e.Start, e.End)).ToArray();

        budget.AddRequired(explanation.Narrative + "\n\n");
        if (citations.Length > 0) budget.AddRequired("Citations:\n");
        var shown = citations.TakeWhile(c => budget.TryAdd(TextFormat.Citation(c))).ToArray();

        var truncated = shown.Length < citations.Length;
        NextCall? next = null;
        string? footer = null;
        if (truncated)
        {
            var missing = $"Citations [{shown.Length + 1}]–[{citations.Length}] not shown";
            if (budget.MaxChars < McpLimits.MaxMaxChars)
            {
                var arguments = new Dictionary<string, object> { ["effect"] = explanation.Effect.Id };
                if (explanation.Cause is { } c) arguments["cause"] = c.Id;
                arguments["max_hops"] = hops;
                arguments["max_chars"] = Math.Min(McpLimits.MaxMaxChars, budget.MaxChars * 2);
                next = new NextCall("explain_effect", arguments);
                footer = $"{missing}; call explain_effect with {TextFormat.Arguments(arguments)} to see them.";
            }
            else footer = $"{missing}; use get_facts on the entities of the narrative for their quotes.";
        }
        var result = new ExplanationResult(
            EntityRef.Of(explanation.Effect), explanation.Cause is null ? null : EntityRef.Of(explanation.Cause), explanation.Narrative,
            shown, explanation.Pathways.Select(p => p.Summary).ToArray(), truncated, next)
        {
            Heading = explanation.Heading,
            NetEffect = explanation.NetEffect?.ToWord(),
            Inferences = explanation.Inferences.Select(InferenceItem.Of).ToArray(),
        };
        return ToolOutput.Success(result, budget.Finish(footer));
    }
}
