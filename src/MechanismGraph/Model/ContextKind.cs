namespace MechanismGraph.Model;

/// <summary>
/// The kind of biological context an entity or relation holds in; every kind is Biolink's anatomical context
/// (<c>anatomical_context_qualifier</c>, <c>subject_context_qualifier</c>/<c>object_context_qualifier</c>).
/// </summary>
public enum ContextKind
{
    /// <summary>A cell type (CL), e.g. GABAergic interneuron.</summary>
    CellType,
    /// <summary>An anatomical location (UBERON), e.g. a brain region.</summary>
    AnatomicalLocation,
    /// <summary>A part of the cell (GO cellular component), e.g. the synapse.</summary>
    CellularComponent,
}
