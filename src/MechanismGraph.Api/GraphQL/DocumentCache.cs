using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace MechanismGraph.Api.GraphQL;

/// <summary>
/// Keeps parsed and validated documents so a repeated query is neither parsed nor validated again
/// (GraphQL.MemoryCache is not obtainable here; this is its small core over <see cref="IMemoryCache"/>).
/// Only documents that passed validation are kept; variables are coerced and the cost is measured on every request.
/// </summary>
internal sealed class DocumentCache(IMemoryCache cache) : IConfigureExecution
{
    private long _hits;
    private long _misses;

    /// <summary>Total query characters kept (1,000,000, roughly 10 MB of syntax trees).</summary>
    public const long SizeLimit = 1_000_000;

    /// <summary>After the option configurations (100), as GraphQL.NET's own cache does.</summary>
    public float SortOrder => 200;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query) return await next(options);

        var key = (typeof(DocumentCache), query);
        if (cache.TryGetValue(key, out GraphQLDocument? document))
        {
            Interlocked.Increment(ref _hits);
            options.Document = document;
            // The standard rules do not depend on variables, so a document that validated once skips them; the cost
            // (first/limit may come from variables) is measured on every request by CostGate.
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        Interlocked.Increment(ref _misses);
        var result = await next(options);
        if (result.Executed && result.Document is not null)
            cache.Set(key, result.Document, new MemoryCacheEntryOptions { Size = query.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return result;
    }
}
