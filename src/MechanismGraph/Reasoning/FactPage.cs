using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>
/// One page of facts about <paramref name="About"/> (null: the whole graph); <paramref name="HasMore"/> when facts follow the
/// last one (ask again with its relation id as <c>after</c>).
/// </summary>
public sealed record FactPage(Entity? About, IReadOnlyList<Fact> Facts, bool HasMore);
