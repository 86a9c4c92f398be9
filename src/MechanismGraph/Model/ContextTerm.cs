namespace MechanismGraph.Model;

/// <summary>One piece of typed biological context: its kind and the entity (a cell type, a structure…) it names.</summary>
public sealed record ContextTerm(ContextKind Kind, string EntityId)
{
    /// <summary>The seed notation of the kind: <c>cell type</c>, <c>anatomical location</c>, <c>cellular component</c>.</summary>
    public static string KeyOf(ContextKind kind) => Notation.SnakeCase(kind.ToString()).Replace('_', ' ');

    /// <summary>Compatible when, for every kind, both name the same entity or at least one leaves it unspecified.</summary>
    public static bool Compatible(IReadOnlyList<ContextTerm> first, IReadOnlyList<ContextTerm> second) =>
        first.All(a => second.All(b => a.Kind != b.Kind || a.EntityId == b.EntityId));
}
