using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>The relations leaving (or entering) one entity, optionally of one predicate: one item of a batched neighbour read.</summary>
public sealed record NeighbourRequest(Entity Entity, Direction Direction, string? Predicate);
