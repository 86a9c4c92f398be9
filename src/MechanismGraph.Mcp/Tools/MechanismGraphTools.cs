using System.ComponentModel;
using System.Diagnostics;
using MechanismGraph.Mcp.Answers;
using MechanismGraph.Mcp.Rendering;
using MechanismGraph.Mcp.Results;
using MechanismGraph.Reasoning;
using ModelContextProtocol.Protocol;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace MechanismGraph.Mcp.Tools;

/// <summary>
/// The MCP tools: thin adapters over the same reasoning services as GraphQL. Each returns structured content (its
/// output schema is the result record) plus a readable text rendering bounded by max_chars; failures come back as tool
/// errors carrying the GraphQL error codes.
/// </summary>
[McpServerToolType]
internal sealed class MechanismGraphTools(ReasoningServices reasoning, ILogger<MechanismGraphTools> logger)
{
    private const string Reference = "An entity: id (nmda-receptor), name (NMDA receptor), alias (NMDAR) or CURIE (GO:0017146), ignoring case.";

    [McpServerTool(Name = "search_entities", Title = "Search entities", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(SearchEntitiesResult))]
    [Description("Ground text to entity ids: entities whose id, name, alias or CURIE contains the query (ignoring case), in id order, each with kind, aliases, standard identifiers (xrefs) and description. Use the ids with the other tools. Nothing found gives close names as suggestions.")]
    public Task<CallToolResult> SearchEntities(
        [Description("Text to look for, e.g. 'NMDA', 'ketamine', 'CHEBI:6121'.")] string query,
        [Description("Only entities of this kind, e.g. Drug, Receptor, Protein, CellType, BiologicalProcess, Effect, Disease.")] string? kind = null,
        [LimitDescription("Entities to return, {entities}.")] int? limit = null,
        [Description("Continue after this entity id (from `next`).")] string? after = null,
        [LimitDescription(McpLimits.MaxCharsDescription)] int? max_chars = null,
        CancellationToken cancellationToken = default) =>
        Guard(cancellationToken, () => SearchAnswer.RunAsync(reasoning, query, kind, limit, after, max_chars, cancellationToken));

    [McpServerTool(Name = "get_entity", Title = "Get an entity", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(EntityResult))]
    [Description("One entity with its kind, aliases, xrefs and description, and its direct relations as sentences, each with its verbatim evidence quotes (document id and character offsets) to cite.")]
    public Task<CallToolResult> GetEntity(
        [Description(Reference)] string @ref,
        [LimitDescription(McpLimits.MaxCharsDescription)] int? max_chars = null,
        CancellationToken cancellationToken = default) =>
        Guard(cancellationToken, () => EntityAnswer.RunAsync(reasoning, @ref, max_chars, cancellationToken));

    [McpServerTool(Name = "trace_pathways", Title = "Trace causal pathways", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(PathwaysResult))]
    [Description("How one entity leads to another: the directed causal chains between them, best first, each with its ordered steps (with evidence), its net effect (the product of the steps' signs: increases, decreases, unknown) and a one-sentence summary.")]
    public Task<CallToolResult> TracePathways(
        [Description("The cause. " + Reference)] string from,
        [Description("The effect. " + Reference)] string to,
        [LimitDescription("Longest chain considered, {max_hops}.")] int? max_hops = null,
        [LimitDescription("Pathways to return, {pathways}.")] int? limit = null,
        [LimitDescription(McpLimits.MaxCharsDescription)] int? max_chars = null,
        CancellationToken cancellationToken = default) =>
        Guard(cancellationToken, () => PathwaysAnswer.RunAsync(reasoning, from, to, max_hops, limit, max_chars, cancellationToken));

    [McpServerTool(Name = "explain_effect", Title = "Explain an effect", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(ExplanationResult))]
    [Description("Why an effect happens, as a short narrative built from the best causal pathways into it, citing verbatim evidence as [1], [2]… with each citation's quote, document id and character offsets. Without a cause, it starts from the strongest upstream causes.")]
    public Task<CallToolResult> ExplainEffect(
        [Description("The effect to explain. " + Reference)] string effect,
        [Description("The cause to start from (optional). " + Reference)] string? cause = null,
        [LimitDescription("Longest chain considered, {max_hops}.")] int? max_hops = null,
        [LimitDescription(McpLimits.MaxCharsDescription)] int? max_chars = null,
        CancellationToken cancellationToken = default) =>
        Guard(cancellationToken, () => ExplanationAnswer.RunAsync(reasoning, effect, cause, max_hops, max_chars, cancellationToken));

    [McpServerTool(Name = "get_facts", Title = "Get citation-ready facts", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(FactsResult))]
    [Description("Citation-ready statements: each a sentence with its sign and verbatim evidence (quote, document id, character offsets), about one entity (where it is subject, then object) or, without `about`, the whole graph in relation-id order. Page with `after`.")]
    public Task<CallToolResult> GetFacts(
        [Description("The entity the facts are about (optional). " + Reference)] string? about = null,
        [LimitDescription("Facts to return, {facts}.")] int? limit = null,
        [Description("Continue after this relation id (from `next`).")] string? after = null,
        [LimitDescription(McpLimits.MaxCharsDescription)] int? max_chars = null,
        CancellationToken cancellationToken = default) =>
        Guard(cancellationToken, () => FactsAnswer.RunAsync(reasoning, about, limit, after, max_chars, cancellationToken));

    // A domain failure is the model's to correct (typo, limit): a tool error with the code, not a protocol error.
    private async Task<CallToolResult> Guard(CancellationToken cancellationToken, Func<Task<CallToolResult>> answer)
    {
        try { return await answer(); }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { throw; } // the client went away: nothing to send
        catch (Exception e)
        {
            var requestId = Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N")[..16];
            var error = ErrorMapper.Map(e, clientCancelled: false, requestId);
            if (error.IsUnexpected) logger.LogError(e, "Unhandled error in an MCP tool, request {RequestId}", requestId);
            return ToolOutput.Error(error);
        }
    }
}
