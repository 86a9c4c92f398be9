using GraphQL.Types;
using MechanismGraph.Model;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>The GraphQL enum <c>Aspect</c>: what about an entity a causal relation changes.</summary>
internal sealed class AspectType : EnumerationGraphType
{
    public AspectType()
    {
        Name = "Aspect";
        Description = "What about an entity a causal relation changes or acts through (Biolink's subject/object aspect qualifier where a value fits).";
        Add("ACTIVITY", Aspect.Activity, "Its activity, e.g. a receptor's (Biolink `activity`).");
        Add("ABUNDANCE", Aspect.Abundance, "Its amount or level (Biolink `abundance`).");
        Add("ACTIVITY_OR_ABUNDANCE", Aspect.ActivityOrAbundance, "Activity or amount; the document does not say which (Biolink `activity_or_abundance`).");
        Add("RELEASE", Aspect.Release, "Its release by cells (Biolink `secretion`).");
        Add("EXPRESSION", Aspect.Expression, "The expression of its gene (Biolink `expression`).");
        Add("SIGNALLING", Aspect.Signalling, "Signalling through it (no Biolink aspect; exported as `activity`).");
    }
}
