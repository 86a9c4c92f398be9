using System.CommandLine;
using System.Diagnostics;
using MechanismGraph.Composition;

namespace MechanismGraph.Cli.Commands;

/// <summary>
/// <c>snapshot build|verify [seed-data] [--path file]</c>: writes the graph snapshot from seed-data and the configured
/// imports, or says whether the file is usable for the current inputs (and why not).
/// </summary>
internal static class SnapshotCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("snapshot", "Build or verify the binary graph snapshot (Graph:Snapshot:*) that a start with unchanged inputs reads instead of parsing.")
        {
            Build(output, error),
            Verify(output, error),
        };

    private static Command Build(TextWriter output, TextWriter error)
    {
        var (folder, path, store) = (SeedFolder.Argument(), PathOption(), new StoreOptions());
        var command = new Command("build", "Load seed-data and the configured imports, then write the snapshot.") { folder, path };
        command.SetAction(parse => Run(parse, folder, path, store, error, source =>
        {
            var clock = Stopwatch.StartNew();
            source.BuildSnapshot();
            output.WriteLine($"Wrote {source.SnapshotPath} ({new FileInfo(source.SnapshotPath).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:0.0} s");
            return 0;
        }));
        return command;
    }

    private static Command Verify(TextWriter output, TextWriter error)
    {
        var (folder, path, store) = (SeedFolder.Argument(), PathOption(), new StoreOptions());
        var command = new Command("verify", "Check that the snapshot is intact and made from the current inputs (exit 1 with the reason if not).") { folder, path };
        command.SetAction(parse => Run(parse, folder, path, store, error, source =>
        {
            if (source.VerifySnapshot(out var why))
            {
                output.WriteLine($"{source.SnapshotPath} is usable: intact and made from the current inputs");
                return 0;
            }
            error.WriteLine($"{source.SnapshotPath} is not usable: {why}");
            return 1;
        }));
        return command;
    }

    private static Option<string?> PathOption() =>
        new("--path") { Description = "The snapshot file (Graph:Snapshot:Path; default graph.snapshot beside the first import).", HelpName = "file" };

    private static int Run(ParseResult parse, Argument<string?> folder, Option<string?> path, StoreOptions store, TextWriter error, Func<GraphSource, int> action)
    {
        var extra = parse.GetValue(path) is { } file ? new Dictionary<string, string?> { ["Graph:Snapshot:Path"] = file } : null;
        var source = new GraphSource(Composition.Settings.Bind<GraphOptions>(store.Configuration(parse, parse.GetValue(folder), extra), GraphOptions.Section), Directory.GetCurrentDirectory());
        try
        {
            return action(source);
        }
        catch (CompositionException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
    }
}
