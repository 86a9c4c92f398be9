namespace MechanismGraph.Storage;

/// <summary>Progress of a seed run: items of <paramref name="What"/> written so far out of all items.</summary>
public sealed record SeedProgress(string What, int Done, int Total);
