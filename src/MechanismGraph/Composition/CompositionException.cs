namespace MechanismGraph.Composition;

/// <summary>A configuration, seed-data or import problem found while composing the store; its message is for the operator, without a stack trace.</summary>
public sealed class CompositionException(string message) : Exception(message);
