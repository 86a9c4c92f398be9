using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>The influences of (or on) an entity, nearest first; truncated when the traversal hit its entity bound.</summary>
public sealed record InfluenceResult(Entity Of, IReadOnlyList<Influence> Influences, bool Truncated);
