using System.CommandLine;
using MechanismGraph.Reasoning;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Cli.Commands;

/// <summary><c>trace FROM TO [--max-hops N] [--limit N] [--seed-data DIR] [--store …]</c>: ranked pathways with net effects and their evidence.</summary>
internal static class TraceCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        // Names, quotes and the echoed arguments are data: they reach the terminal without raw control characters.
        output = new TerminalSafeWriter(output);
        error = new TerminalSafeWriter(error);
        var from = new Argument<string>("from") { Description = "The cause: id, name, alias or CURIE." };
        var to = new Argument<string>("to") { Description = "The effect: id, name, alias or CURIE." };
        var maxHops = new Option<int?>("--max-hops") { Description = $"Longest pathway considered, 1–{QueryLimits.MaxHops} (default {QueryLimits.DefaultPathHops})." };
        var limit = new Option<int?>("--limit") { Description = $"Pathways shown, 1–{QueryLimits.MaxLimit} (default {QueryLimits.DefaultLimit})." };
        var seedData = new Option<string?>("--seed-data") { Description = "The seed-data folder (default: Graph:SeedData, else the nearest 'seed-data' folder above the current directory)." };
        var store = new StoreOptions();
        var command = store.Command("trace", "Trace the causal pathways from one entity to another, best first, with net effects and evidence.", from, to, maxHops, limit, seedData);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = store.Compose(parse, parse.GetValue(seedData));
            var reasoning = services.GetRequiredService<ReasoningServices>();
            try
            {
                var result = await reasoning.Pathways.FindAsync(parse.GetValue(from)!, parse.GetValue(to)!,
                    new PathwayOptions(parse.GetValue(maxHops), parse.GetValue(limit)), cancellationToken);
                // A search cut by its work bound proves no absence: only a complete search may say there is none.
                if (result.Pathways.Count == 0)
                    output.WriteLine(result.SearchComplete
                        ? "No causal pathway found within the hop limit."
                        : "The search stopped early, at its work bound, before finding a causal pathway; one may still exist (lower --max-hops for a complete search).");
                for (var i = 0; i < result.Pathways.Count; i++)
                {
                    var pathway = result.Pathways[i];
                    output.WriteLine($"{i + 1}. [{pathway.NetEffect.ToString().ToUpperInvariant()}, {pathway.Length} steps, score {pathway.Score}] {pathway.Summary}");
                    foreach (var step in pathway.Steps)
                        output.WriteLine(step.Evidence.Count == 0
                            ? $"     {step.Sentence} (source: {step.SourceText})"
                            : $"     {step.Sentence} “{step.Evidence[0].Quote}” ({step.Evidence[0].DocumentId} {step.Evidence[0].Start}–{step.Evidence[0].End})");
                }
                if (!result.SearchComplete && result.Pathways.Count > 0)
                    output.WriteLine("(the search stopped early, at its work bound: these are the pathways found so far; lower --max-hops for a complete search)");
                else if (result.Truncated)
                    output.WriteLine("(only the shortest candidates were ranked, so a pathway beyond them (longer but more mechanistic, or as long with more evidence) may rank higher: raise --limit)");
                return 0;
            }
            catch (MechanismGraphException e)
            {
                error.WriteLine($"{e.Code}: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
