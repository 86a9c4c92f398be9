using GraphQL;
using GraphQL.Types;
using MechanismGraph.Import;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>The root query; its fields are grouped by concern in <see cref="LookupQueries"/>, <see cref="ReasoningQueries"/> and <see cref="CatalogQueries"/>.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType(ReasoningServices reasoning, ImportSources sources)
    {
        Name = "Query";
        Description = "Trace pathways, explain effects and read citation-ready facts of the curated mechanism graph.";
        LookupQueries.Add(this, reasoning);
        ReasoningQueries.Add(this, reasoning);
        NeighbourhoodQueries.Add(this, reasoning);
        CatalogQueries.Add(this, reasoning, sources);
    }
}
