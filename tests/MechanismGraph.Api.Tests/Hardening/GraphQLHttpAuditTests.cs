using System.Diagnostics;
using MechanismGraph.Testing;

namespace MechanismGraph.Api.Tests.Hardening;

/// <summary>graphql-http's GraphQL-over-HTTP audit suite (tools/graphql-http-audit) against the API on a real Kestrel port.</summary>
public sealed class GraphQLHttpAuditTests
{
    private static readonly string Root = Path.GetDirectoryName(SeedFixture.RealSeedDirectory)!;
    private static readonly string Tool = Path.Combine(Root, "tools", "graphql-http-audit");

    [Fact]
    public async Task EveryGraphQLOverHttpAudit_IsOk()
    {
        Assert.True(Directory.Exists(Path.Combine(Tool, "node_modules")),
            "tools/graphql-http-audit/node_modules is missing: run scripts/install-test-prerequisites.sh");
        var cancellation = TestContext.Current.CancellationToken;
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet";
        var api = new ProcessStartInfo(host, [Path.Combine(AppContext.BaseDirectory, "MechanismGraph.Api.dll")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
            Environment = { ["ASPNETCORE_URLS"] = "http://127.0.0.1:0", ["Graph__SeedData"] = SeedFixture.RealSeedDirectory, ["Logging__LogLevel__Default"] = "Information" },
        };
        using var server = Process.Start(api)!;
        try
        {
            var url = await ListeningUrlAsync(server, cancellation);
            var audit = new ProcessStartInfo("node", ["--no-warnings", Path.Combine(Tool, "audit.mjs"), url + "/graphql"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var run = Process.Start(audit)!;
            var output = await run.StandardOutput.ReadToEndAsync(cancellation);
            await run.WaitForExitAsync(cancellation);

            Assert.True(run.ExitCode == 0, output + await run.StandardError.ReadToEndAsync(cancellation));
            Assert.Matches(@"^(\d+)/\1 audits ok", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    // Kestrel logs "Now listening on: http://127.0.0.1:PORT" once it has bound the port it chose.
    private static async Task<string> ListeningUrlAsync(Process server, CancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        while (await server.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            var at = line.IndexOf("Now listening on: ", StringComparison.Ordinal);
            if (at >= 0) return line[(at + "Now listening on: ".Length)..].Trim();
        }
        throw new InvalidOperationException("the API exited before listening: " + await server.StandardError.ReadToEndAsync(cancellation));
    }
}
