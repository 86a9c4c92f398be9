namespace MechanismGraph.Api.Tests.Browser;

/// <summary>A box cytoscape drew: its label, the x of its centre, and whether it is dimmed.</summary>
internal sealed record DrawnNode(string Label, double X, bool Dimmed);
