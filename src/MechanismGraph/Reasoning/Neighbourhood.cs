using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>
/// Everything downstream (or upstream) of an entity, summarised before it is drawn: counts over every entity reached, and
/// the entities that pass the filters, most relevant first.
/// </summary>
/// <param name="Reached">Entities reached, before filters.</param>
/// <param name="Complete">False when the traversal stopped at <see cref="QueryLimits.MaxInfluenceEntities"/>.</param>
/// <param name="Ranked">The entities passing the filters: shortest first, then most evidence, then curated first, then known direction, then name.</param>
public sealed record Neighbourhood(
    Entity Of,
    int Reached,
    bool Complete,
    IReadOnlyList<FacetCount> ByKind,
    IReadOnlyList<FacetCount> BySign,
    IReadOnlyList<FacetCount> ByFamily,
    IReadOnlyList<FacetCount> BySource,
    IReadOnlyList<Influence> Ranked);
