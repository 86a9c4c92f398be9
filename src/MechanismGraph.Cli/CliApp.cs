using System.CommandLine;
using MechanismGraph.Cli.Commands;

namespace MechanismGraph.Cli;

/// <summary>The command tree; tests run it in-process with their own writers.</summary>
internal static class CliApp
{
    public static RootCommand Build(TextWriter output, TextWriter error) =>
        new("MechanismGraph: curate, check, seed, trace, export and import mechanism graphs.")
        {
            ValidateCommand.Create(output, error),
            SnapshotCommand.Create(output, error),
            SeedCommand.Create(output, error),
            TraceCommand.Create(output, error),
            ExportCommand.Create(output, error),
            ImportCommand.Create(output, error),
            GenerateCommand.Create(output),
            McpCommand.Create(error),
        };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parse = Build(output, error).Parse(args);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A command's unexpected failure is reported in one line; the stack trace helps no user.
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
