namespace MechanismGraph.Model;

/// <summary>The causal direction of a relation or of a chain of relations.</summary>
public enum Sign
{
    /// <summary>The subject raises the object's activity or amount (+1).</summary>
    Increases,
    /// <summary>The subject lowers the object's activity or amount (-1).</summary>
    Decreases,
    /// <summary>Causal, but the document does not say in which direction.</summary>
    Unknown,
    /// <summary>Not causal: binding, location, parthood, participation (0).</summary>
    None,
}
