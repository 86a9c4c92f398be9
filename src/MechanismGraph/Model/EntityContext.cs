namespace MechanismGraph.Model;

/// <summary>
/// What makes a context-specific entity specific: the general entity it is a form of and where it is
/// ("NMDA receptor (GABAergic interneuron)" is the NMDA receptor in the cell type GABAergic interneuron).
/// Relations of the general entity do not hold of it, nor its relations of the general one: pathways stay in context.
/// </summary>
/// <param name="GeneralId">The context-free entity, linked by a non-causal <c>specialises</c> relation that pathways do not follow.</param>
public sealed record EntityContext(string GeneralId, IReadOnlyList<ContextTerm> Terms);
