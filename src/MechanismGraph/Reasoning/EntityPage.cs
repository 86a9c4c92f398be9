using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>A page of an entity listing, with the kind filter as the store spells it (null when none was given).</summary>
public sealed record EntityPage(Page<Entity> Page, string? Kind);
