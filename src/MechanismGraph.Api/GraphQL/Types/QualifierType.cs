using GraphQL.Types;
using MechanismGraph.Model;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class QualifierType : ObjectGraphType<Qualifier>
{
    public QualifierType()
    {
        Name = "Qualifier";
        Description = "One piece of context for a relation, as the document states it.";
        Field(q => q.Key).Description("What the context is about, e.g. `cell type`, `brain region`, `dose`, `precondition`.");
        Field(q => q.Value).Description("The context itself, e.g. `GABAergic interneuron`.");
    }
}
