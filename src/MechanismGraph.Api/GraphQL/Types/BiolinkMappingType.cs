using GraphQL.Types;
using MechanismGraph.Model;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class BiolinkMappingType : ObjectGraphType<BiolinkMapping>
{
    public BiolinkMappingType()
    {
        Name = "BiolinkMapping";
        Description = "A Biolink Model (v4) predicate with its edge qualifiers.";
        Field(b => b.Predicate).Description("e.g. `biolink:affects`.");
        Field(b => b.QualifiedPredicate, nullable: true).Description("e.g. `biolink:causes`.");
        Field(b => b.ObjectAspectQualifier, nullable: true).Description("e.g. `activity`, `abundance`, `secretion`.");
        Field(b => b.ObjectDirectionQualifier, nullable: true).Description("`increased` / `decreased` (or `upregulated` / `downregulated`).");
        Field(b => b.CausalMechanismQualifier, nullable: true).Description("e.g. `molecular_channel_blockage`, `agonism`.");
    }
}
