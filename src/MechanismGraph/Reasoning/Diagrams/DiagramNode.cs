using MechanismGraph.Model;

namespace MechanismGraph.Reasoning.Diagrams;

/// <summary>One drawn entity.</summary>
/// <param name="Id">An identifier safe in Mermaid and DOT: letters, digits and underscores, starting with a letter.</param>
internal sealed record DiagramNode(string Id, Entity Entity);
