namespace MechanismGraph.Import;

/// <summary>What an import does with an edge end that no nodes file lists (and no curated entity or mapping names).</summary>
public enum MissingNodePolicy
{
    /// <summary>Create it as a <c>biolink:NamedThing</c> named by its id, with a warning (KGX's behaviour).</summary>
    Create,
    /// <summary>Treat the edge as a bad row.</summary>
    Reject,
}
