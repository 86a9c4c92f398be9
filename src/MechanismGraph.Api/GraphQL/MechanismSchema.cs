using GraphQL.Types;
using MechanismGraph.Api.GraphQL.Types;

namespace MechanismGraph.Api.GraphQL;

/// <summary>The served schema; <c>schema.graphql</c> at the repository root is its printed SDL.</summary>
internal sealed class MechanismSchema : Schema
{
    public MechanismSchema(IServiceProvider services, QueryType query) : base(services)
    {
        Description = "MechanismGraph: curated mechanism documents as a causal graph — trace pathways, explain effects, cite evidence.";
        Query = query;
    }
}
