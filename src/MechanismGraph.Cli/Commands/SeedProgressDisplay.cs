using MechanismGraph.Storage;
using Spectre.Console;

namespace MechanismGraph.Cli.Commands;

/// <summary>A progress bar for seeding on an interactive terminal; plain lines otherwise (CI logs, tests).</summary>
internal static class SeedProgressDisplay
{
    public static async Task<SeedReport> RunAsync(TextWriter output, Func<IProgress<SeedProgress>, Task<SeedReport>> seed)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (!console.Profile.Capabilities.Interactive)
        {
            var last = "";
            return await seed(new Reported<SeedProgress>(p =>
            {
                if (p.What == last) return;
                last = p.What;
                output.WriteLine($"  writing {p.What}…");
            }));
        }
        SeedReport? report = null;
        await console.Progress().StartAsync(async ctx =>
        {
            var task = ctx.AddTask("Seeding the store");
            report = await seed(new Reported<SeedProgress>(p =>
            {
                task.MaxValue = p.Total;
                task.Value = p.Done;
                task.Description = $"Writing {p.What}";
            }));
        });
        return report!;
    }
}

/// <summary>Reports on the caller's thread, at once: <see cref="Progress{T}"/> would post to the thread pool and could write after the command returned.</summary>
internal sealed class Reported<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
