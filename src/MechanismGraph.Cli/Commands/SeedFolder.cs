using System.CommandLine;

namespace MechanismGraph.Cli.Commands;

/// <summary>The optional seed-data folder argument shared by commands; defaults to Graph:SeedData, else the nearest ./seed-data.</summary>
internal static class SeedFolder
{
    public static Argument<string?> Argument() => new("seed-data")
    {
        Description = "The seed-data folder (default: Graph:SeedData, else the nearest 'seed-data' folder above the current directory).",
        Arity = ArgumentArity.ZeroOrOne,
    };
}
