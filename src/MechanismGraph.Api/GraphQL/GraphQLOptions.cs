namespace MechanismGraph.Api.GraphQL;

/// <summary>The <c>GraphQL</c> configuration section: transport and execution limits.</summary>
internal sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest request body accepted, in bytes. Default: 65,536 (64 KiB); larger bodies get 413.</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Longest one request may execute. Default: 10 seconds; then the response carries a TIMEOUT error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Bytes of whole responses kept for repeated requests when the store is immutable (the embedded graph).
    /// Default: 33,554,432 (32 MiB); 0 turns the response cache off.
    /// </summary>
    public long ResponseCacheBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Deepest selection nesting accepted. Default: 20 (GraphiQL's schema introspection needs 15).</summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>Largest estimated complexity accepted (GraphQL.NET's analyzer). Default: 100,000 (the playground's examples cost about 35,000).</summary>
    public int MaxComplexity { get; set; } = 100_000;
}
