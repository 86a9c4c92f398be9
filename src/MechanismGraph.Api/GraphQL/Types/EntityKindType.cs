using GraphQL.Types;
using MechanismGraph.Model;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class EntityKindType : ObjectGraphType<EntityKind>
{
    public EntityKindType()
    {
        Name = "EntityKind";
        Description = "A kind of entity and its Biolink category.";
        Field(k => k.Id).Description("The kind's name as used in `Entity.kind`, e.g. `Receptor`.");
        Field(k => k.Description).Description("What the kind covers.");
        Field(k => k.BiolinkCategory).Description("The Biolink category exports write, e.g. `biolink:Cell`.");
    }
}
