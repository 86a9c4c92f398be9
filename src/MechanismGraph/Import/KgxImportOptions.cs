namespace MechanismGraph.Import;

/// <summary>How an import treats bad rows.</summary>
public sealed record KgxImportOptions
{
    /// <summary>Skip bad rows (and edges that lose an end with them) and count them, instead of failing the whole import. Default: false.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>The knowledge source of edges that name none (empty <c>primary_knowledge_source</c>). Default: <c>infores:unknown</c>.</summary>
    public string DefaultKnowledgeSource { get; init; } = "infores:unknown";
}
