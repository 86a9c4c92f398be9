using GraphQL.Types;
using MechanismGraph.Model;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>The GraphQL enum <c>Effect</c>: the sign of a relation or the net sign of a chain.</summary>
internal sealed class EffectType : EnumerationGraphType
{
    public EffectType()
    {
        Name = "Effect";
        Description = "The causal direction of a relation, or the net direction of a chain (the product of its steps' signs).";
        Add("INCREASES", Sign.Increases, "Raises the object's activity or amount (+1).");
        Add("DECREASES", Sign.Decreases, "Lowers the object's activity or amount (-1).");
        Add("UNKNOWN", Sign.Unknown, "Causal, but the document does not state a direction; a chain with any unknown step is unknown.");
        Add("NONE", Sign.None, "Not causal: binding, location, parthood or participation (0).");
    }
}
