namespace MechanismGraph.Model;

/// <summary>Who made a statement (Biolink <c>AgentTypeEnum</c>, the Translator KL/AT standard).</summary>
public enum AgentType
{
    /// <summary>A human: the curator who read the document.</summary>
    ManualAgent,
    /// <summary>Software applying rules to stated knowledge: the service's own inferences.</summary>
    ComputationalModel,
    AutomatedAgent,
    DataAnalysisPipeline,
    TextMiningAgent,
    ImageProcessingAgent,
    ManualValidationOfAutomatedAgent,
    /// <summary>Not given by the source (most imported edges).</summary>
    NotProvided,
}
