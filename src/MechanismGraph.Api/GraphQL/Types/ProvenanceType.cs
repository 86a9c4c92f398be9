using GraphQL.Types;
using MechanismGraph.Model;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class ProvenanceType : ObjectGraphType<Provenance>
{
    public ProvenanceType()
    {
        Name = "Provenance";
        Description = "Where an imported relation comes from (KGX provenance columns); imported relations have this instead of verbatim quotes.";
        Field(p => p.PrimaryKnowledgeSource).Description("The infores CURIE of the source that asserted the relation, e.g. `infores:hetionet`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("publications")
            .Description("Publication CURIEs or URLs the source gives for the relation.").Resolve(ctx => ctx.Source.Publications);
        Field(p => p.SupportingText, nullable: true).Description("The source's own supporting text, where it gives one (not checked against a document).");
    }
}
