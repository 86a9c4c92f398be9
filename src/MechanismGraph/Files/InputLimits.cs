namespace MechanismGraph.Files;

/// <summary>The largest files read as input. Defaults: 16 MiB per seed YAML file and per document text, 4 GiB per import TSV.</summary>
public sealed record InputLimits(long MaxSeedFileBytes = 16L << 20, long MaxDocumentBytes = 16L << 20, long MaxImportFileBytes = 4L << 30)
{
    public static InputLimits Default { get; } = new();
}
