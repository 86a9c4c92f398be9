using System.Globalization;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using MechanismGraph.Reasoning;
using Microsoft.Extensions.Options;

namespace MechanismGraph.Api.GraphQL.Cost;

/// <summary>
/// Refuses a document before GraphQL.NET validates or executes it when it asks for too much: cost, depth, expanded
/// fields, or one response name repeated so often that merging fields (a quadratic validation rule) would take long.
/// The measure is linear in the document (<see cref="CostAnalyzer"/>); the accepted cost is reported in
/// <c>extensions.cost</c>, and an answer's error list is capped.
/// </summary>
internal sealed class CostGate(IOptions<GraphQLOptions> settings) : IConfigureExecution
{
    public const string ExtensionKey = "cost";

    /// <summary>Inside <see cref="DocumentCache"/> (200), so a cached document is measured without being parsed again.</summary>
    public float SortOrder => 210;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var limits = settings.Value;
        if (options.Document is null && options.Query is { } query)
        {
            try { options.Document = GraphQLParser.Parser.Parse(query); }
            catch (GraphQLMaxDepthExceededException)
            {
                return Refuse(ErrorCodes.BadRequest, "The document nests too deeply to be read (selections or literals more than about 60 levels deep).");
            }
            catch (GraphQLSyntaxErrorException) { return await next(options); } // GraphQL.NET reports it with its location
        }
        if (options.Document is not { } document || options.Schema is not { } schema) return await next(options);

        schema.Initialize();
        CostReport? measured = null;
        foreach (var operation in OperationsToMeasure(document, options.OperationName))
        {
            if (operation.Operation != OperationType.Query)
                return Refuse(ErrorCodes.BadRequest, $"This service only answers queries; {operation.Operation.ToString().ToLowerInvariant()} operations are not supported.");
            var report = CostAnalyzer.Analyze(schema, document, operation, options.Variables);
            if (Refusal(report, limits) is { } refusal) return Refuse(ErrorCodes.Complexity, refusal, report, limits);
            measured = measured is null || report.Cost > measured.Cost ? report : measured;
        }

        if (measured is not null) options.UserContext[ExtensionKey] = measured.Cost;
        var result = await next(options);
        CapErrors(result, limits.MaxErrors);
        if (measured is not null && result.Executed) AddCost(result, measured, limits);
        return result;
    }

    private static IEnumerable<GraphQLOperationDefinition> OperationsToMeasure(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>();
        // Without a name every operation is measured: the executer may reject the choice, but only after validating all.
        return operationName is null ? operations : operations.Where(o => o.Name?.StringValue == operationName);
    }

    private static string? Refusal(CostReport report, GraphQLOptions limits)
    {
        if (report.Depth > limits.MaxDepth)
            return $"The query is too complex to execute: it nests {report.Depth} levels deep; at most {limits.MaxDepth} are allowed.";
        if (report.Fields > limits.MaxFields)
            return $"The query is too complex to execute: with its fragments expanded it names {Format(report.Fields)} fields; at most {limits.MaxFields:N0} are allowed.";
        if (report.MostRepeatedName > limits.MaxRepeatedResponseName)
            return $"The query is too complex to execute: one response name occurs {Format(report.MostRepeatedName)} times in a selection set; at most {limits.MaxRepeatedResponseName} are allowed.";
        if (report.Cost > limits.MaxComplexity)
            return $"The query is too complex to execute: its estimated cost is {Format(report.Cost)}; at most {limits.MaxComplexity:N0} is allowed (lower first or limit, or select less).";
        return null;
    }

    private static ExecutionResult Refuse(ErrorCode code, string message, CostReport? report = null, GraphQLOptions? limits = null)
    {
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code.Name }] };
        if (report is not null) AddCost(result, report, limits!);
        return result;
    }

    private static void AddCost(ExecutionResult result, CostReport report, GraphQLOptions limits)
    {
        result.Extensions ??= [];
        result.Extensions[ExtensionKey] = new Dictionary<string, object?>
        {
            ["requested"] = report.Cost > long.MaxValue ? long.MaxValue : (long)report.Cost,
            ["maximum"] = limits.MaxComplexity,
            ["depth"] = report.Depth,
        };
    }

    private static void CapErrors(ExecutionResult result, int max)
    {
        if (result.Errors is not { } errors || errors.Count <= max) return;
        var kept = new ExecutionErrors();
        kept.AddRange(errors.Take(max));
        kept.Add(new ExecutionError($"… and {errors.Count - max:N0} more errors (only the first {max} are listed).") { Code = ErrorCodes.TooManyErrors.Name });
        result.Errors = kept;
    }

    private static string Format(double value) =>
        value >= 1e15 ? value.ToString("0.###E+0", CultureInfo.InvariantCulture) : value.ToString("N0", CultureInfo.InvariantCulture);
}
