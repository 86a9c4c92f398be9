namespace MechanismGraph.Cli.Tests;

/// <summary>The built CLI as a child process, as a desktop MCP client starts it.</summary>
internal static class CliProcess
{
    // The CLI is built next to this test assembly (project reference); running the dll avoids 'dotnet run' rebuilding.
    public static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "mechanism-graph.dll");
    public static readonly string Dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
