namespace MechanismGraph.Model;

/// <summary>How a statement is known (Biolink <c>KnowledgeLevelEnum</c>, the Translator KL/AT standard).</summary>
public enum KnowledgeLevel
{
    /// <summary>Stated as fact by the source: for curated relations, the document's own sentence says it.</summary>
    KnowledgeAssertion,
    /// <summary>Follows logically from stated premises.</summary>
    LogicalEntailment,
    /// <summary>A possible fact reasoned from indirect evidence: a curator's or the service's inference, not stated as such.</summary>
    Prediction,
    /// <summary>A statistical association in a dataset.</summary>
    StatisticalAssociation,
    /// <summary>A phenomenon reported as observed.</summary>
    Observation,
    /// <summary>Co-mention in text.</summary>
    TextCoOccurrence,
    /// <summary>Not given by the source (most imported edges).</summary>
    NotProvided,
}
