namespace MechanismGraph.Api.Hosting;

/// <summary>A configuration or seed-data problem that stops start-up; Program prints its message, never a stack trace.</summary>
internal sealed class StartupException(string message) : Exception(message);
