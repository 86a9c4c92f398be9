namespace MechanismGraph.Search;

/// <summary>What a label is to its entity; the order is the resolution precedence (id, then CURIE, then name, then alias).</summary>
public enum LabelKind : byte
{
    Id,
    Curie,
    Name,
    Alias,
}
