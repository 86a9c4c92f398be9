using GraphQL.Types;
using MechanismGraph.Model;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>The GraphQL enum <c>ContextKind</c>.</summary>
internal sealed class ContextKindType : EnumerationGraphType
{
    public ContextKindType()
    {
        Name = "ContextKind";
        Description = "The kind of biological context; every kind is a Biolink anatomical context (`anatomical_context_qualifier`, `subject_context_qualifier`, `object_context_qualifier`).";
        Add("CELL_TYPE", ContextKind.CellType, "A cell type (CL), e.g. GABAergic interneuron.");
        Add("ANATOMICAL_LOCATION", ContextKind.AnatomicalLocation, "An anatomical location (UBERON), e.g. a brain region.");
        Add("CELLULAR_COMPONENT", ContextKind.CellularComponent, "A part of the cell (GO cellular component), e.g. the synapse.");
    }
}
