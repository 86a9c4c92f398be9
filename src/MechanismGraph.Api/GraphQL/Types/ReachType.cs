using GraphQL.Types;
using MechanismGraph.Storage;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>The GraphQL enum <c>Reach</c>: which way a neighbourhood is followed.</summary>
internal sealed class ReachType : EnumerationGraphType
{
    public ReachType()
    {
        Name = "Reach";
        Description = "Which way a neighbourhood is followed from its entity.";
        Add("DOWNSTREAM", Direction.Outgoing, "What the entity acts on, and onwards (as `effects`).");
        Add("UPSTREAM", Direction.Incoming, "What acts on the entity, and further back (as `causes`).");
    }
}
