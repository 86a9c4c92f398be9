using System.CommandLine;
using MechanismGraph.Seed;

namespace MechanismGraph.Cli.Commands;

/// <summary>The optional seed-data folder argument shared by commands; defaults to the nearest ./seed-data.</summary>
internal static class SeedFolder
{
    public static Argument<string?> Argument() => new("seed-data")
    {
        Description = "The seed-data folder (default: the nearest 'seed-data' folder above the current directory).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static string? Resolve(string? given, TextWriter error)
    {
        var directory = given ?? SeedLoader.FindDefaultDirectory();
        if (directory is null)
        {
            error.WriteLine("No seed-data folder given and none found above the current directory.");
            return null;
        }
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"Seed-data folder not found: {directory}");
            return null;
        }
        return directory;
    }
}
