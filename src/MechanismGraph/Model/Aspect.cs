namespace MechanismGraph.Model;

/// <summary>
/// What about an entity a causal relation changes (Biolink's subject/object aspect qualifier, where a value fits):
/// "ketamine decreases NMDA receptor <em>activity</em>", "disinhibition increases glutamate <em>release</em>".
/// </summary>
public enum Aspect
{
    /// <summary>What the entity does: a receptor's or a cell's activity (Biolink <c>activity</c>).</summary>
    Activity,
    /// <summary>How much of it there is: a level or concentration (Biolink <c>abundance</c>).</summary>
    Abundance,
    /// <summary>Activity or amount, the document does not say which (Biolink <c>activity_or_abundance</c>).</summary>
    ActivityOrAbundance,
    /// <summary>Its release by cells (Biolink <c>secretion</c>).</summary>
    Release,
    /// <summary>The expression of its gene (Biolink <c>expression</c>).</summary>
    Expression,
    /// <summary>Signalling through it, e.g. a neurotrophic factor's pathways (Biolink has no such aspect; exported as <c>activity</c>).</summary>
    Signalling,
}
