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

    /// <summary>
    /// Largest estimated cost accepted (see Cost/CostModel.cs and the README's cost model). Default: 100,000
    /// (GraphiQL's introspection query costs about 40,000, the playground's pathway example about 1,500).
    /// </summary>
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>Most fields a document may name once its fragments are expanded (lists not multiplied). Default: 5,000.</summary>
    public int MaxFields { get; set; } = 5_000;

    /// <summary>
    /// Most times one response name may occur in one selection set (merging same-named fields is quadratic in it).
    /// Default: 50.
    /// </summary>
    public int MaxRepeatedResponseName { get; set; } = 50;

    /// <summary>Errors listed in one response; past it a last error says how many more there were. Default: 100.</summary>
    public int MaxErrors { get; set; } = 100;
}
