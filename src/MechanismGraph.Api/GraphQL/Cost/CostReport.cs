namespace MechanismGraph.Api.GraphQL.Cost;

/// <summary>
/// What a document asks for, measured before validation or execution: its estimated cost (fields resolved, lists
/// multiplied by their sizes), its deepest field nesting, the fields it names once fragments are expanded, and the most
/// times one response name repeats in a single selection set (the quadratic input of the overlapping-fields rule).
/// </summary>
internal sealed record CostReport(double Cost, int Depth, double Fields, double MostRepeatedName);
