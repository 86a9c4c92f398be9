using GraphQL.Types;
using MechanismGraph.Biolink;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>The GraphQL enum <c>PredicateGroup</c>: what a predicate's Biolink ancestry says it is.</summary>
internal sealed class PredicateGroupType : EnumerationGraphType
{
    public PredicateGroupType()
    {
        Name = "PredicateGroup";
        Description = "What a predicate says, from the Biolink predicate it descends from.";
        Add("CAUSAL", PredicateGroup.Causal, "The subject acts on the object (affects, contributes to, treats, acts upstream of…): followed by default.");
        Add("REVERSE_CAUSAL", PredicateGroup.ReverseCausal, "The object acts on the subject (affected by, caused by…): not followed subject → object.");
        Add("ASSOCIATION", PredicateGroup.Association, "A statistical or literature association: followed only when a query names it; net effect UNKNOWN.");
        Add("SIMILARITY", PredicateGroup.Similarity, "A resemblance (similar to, homologous to): followed only when a query names it; net effect UNKNOWN.");
        Add("ONTOLOGY", PredicateGroup.Ontology, "A link between concepts (subclass of, same as, exact match…).");
        Add("LOCATION", PredicateGroup.Location, "Where something is (located in, expressed in…).");
        Add("OTHER", PredicateGroup.Other, "Any other link: interaction, parthood, participation…");
        Add("NOT_BIOLINK", PredicateGroup.NotBiolink, "A predicate outside the Biolink Model, not mapped to one.");
    }
}
