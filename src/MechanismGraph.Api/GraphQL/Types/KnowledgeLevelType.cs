using GraphQL.Types;
using MechanismGraph.Model;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>The GraphQL enum <c>KnowledgeLevel</c> (Biolink KnowledgeLevelEnum).</summary>
internal sealed class KnowledgeLevelType : EnumerationGraphType
{
    public KnowledgeLevelType()
    {
        Name = "KnowledgeLevel";
        Description = "How a statement is known (Biolink `knowledge_level`, the Translator KL/AT standard).";
        Add("KNOWLEDGE_ASSERTION", KnowledgeLevel.KnowledgeAssertion, "Stated as fact: for a curated relation, the document's own sentence says it.");
        Add("LOGICAL_ENTAILMENT", KnowledgeLevel.LogicalEntailment, "Follows logically from stated premises (a curator's or the service's inference).");
        Add("PREDICTION", KnowledgeLevel.Prediction, "A possible fact reasoned from indirect evidence (a curator's or the service's inference).");
        Add("STATISTICAL_ASSOCIATION", KnowledgeLevel.StatisticalAssociation, "A statistical association in a dataset.");
        Add("OBSERVATION", KnowledgeLevel.Observation, "A phenomenon reported as observed.");
        Add("TEXT_CO_OCCURRENCE", KnowledgeLevel.TextCoOccurrence, "Co-mention in text.");
        Add("NOT_PROVIDED", KnowledgeLevel.NotProvided, "Not given by the source (most imported relations).");
    }
}
