using GraphQL.Types;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class CountedNameType : ObjectGraphType<CountedName>
{
    public CountedNameType()
    {
        Name = "CountedName";
        Description = "A name and how many items carry it.";
        Field(c => c.Name).Description("The name, e.g. `infores:hetionet`.");
        Field(c => c.Count).Description("How many.");
    }
}
