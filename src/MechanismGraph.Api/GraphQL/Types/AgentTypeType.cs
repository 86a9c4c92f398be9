using GraphQL.Types;
using MechanismGraph.Model;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>The GraphQL enum <c>AgentType</c> (Biolink AgentTypeEnum).</summary>
internal sealed class AgentTypeType : EnumerationGraphType
{
    public AgentTypeType()
    {
        Name = "AgentType";
        Description = "Who made a statement (Biolink `agent_type`, the Translator KL/AT standard).";
        Add("MANUAL_AGENT", AgentType.ManualAgent, "A human: the curator who read the document.");
        Add("COMPUTATIONAL_MODEL", AgentType.ComputationalModel, "Software applying rules to stated knowledge: the service's own inferences.");
        Add("AUTOMATED_AGENT", AgentType.AutomatedAgent, "Another automated agent.");
        Add("DATA_ANALYSIS_PIPELINE", AgentType.DataAnalysisPipeline, "A pipeline reporting the direct results of a data analysis.");
        Add("TEXT_MINING_AGENT", AgentType.TextMiningAgent, "Natural-language processing of text.");
        Add("IMAGE_PROCESSING_AGENT", AgentType.ImageProcessingAgent, "Processing of images.");
        Add("MANUAL_VALIDATION_OF_AUTOMATED_AGENT", AgentType.ManualValidationOfAutomatedAgent, "A human validated an automated agent's statement.");
        Add("NOT_PROVIDED", AgentType.NotProvided, "Not given by the source (most imported relations).");
    }
}
