namespace MechanismGraph.Import;

/// <summary>How an import treats bad rows, missing nodes and equivalences.</summary>
public sealed record KgxImportOptions
{
    /// <summary>Skip bad rows (and edges that lose an end with them) and count them, instead of failing the whole import. Default: false.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>The knowledge source of edges that name none (empty <c>primary_knowledge_source</c>). Default: <c>infores:unknown</c>.</summary>
    public string DefaultKnowledgeSource { get; init; } = "infores:unknown";

    /// <summary>What to do with an edge end that no nodes file lists. Default: <see cref="MissingNodePolicy.Create"/>, as KGX does.</summary>
    public MissingNodePolicy MissingNodes { get; init; } = MissingNodePolicy.Create;

    /// <summary>SSSOM mapping tables whose exact matches make ids one entity. Default: none.</summary>
    public IReadOnlyList<string> Mappings { get; init; } = [];
}
