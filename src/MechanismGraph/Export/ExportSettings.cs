namespace MechanismGraph.Export;

/// <summary>What every export shares: how it pages through the store and how it names its source.</summary>
public sealed record ExportSettings
{
    /// <summary>Entities or relations read per store call. Default: 500.</summary>
    public int PageSize { get; init; } = 500;

    public static ExportSettings Default { get; } = new();

    /// <summary>The CURIE prefix of entities without a standard identifier and of relations: <c>mechanismgraph</c>.</summary>
    public const string CuriePrefix = "mechanismgraph";

    /// <summary>The knowledge source of every node and edge (not a registered infores id).</summary>
    public const string KnowledgeSource = "infores:mechanismgraph";
}
