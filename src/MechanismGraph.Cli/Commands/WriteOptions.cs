using System.CommandLine;
using System.Globalization;

namespace MechanismGraph.Cli.Commands;

/// <summary>How <c>seed</c> and <c>import</c> write into Neo4j: <c>--batch-size</c> and <c>--resume</c> (<c>Neo4j:Import:*</c> settings).</summary>
internal sealed class WriteOptions
{
    public WriteOptions()
    {
        BatchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } size && size is < 1 or > 100_000)
                r.AddError("--batch-size must be between 1 and 100000.");
        });
    }

    public Option<int?> BatchSize { get; } = new("--batch-size")
    {
        Description = "Neo4j: rows per batch, each batch its own transaction (Neo4j:Import:BatchSize, default 2000, which fits a 1 GB heap).",
        HelpName = "rows",
    };

    public Option<bool> Resume { get; } = new("--resume")
    {
        Description = "Neo4j: continue an interrupted import of the same input instead of discarding it (rows already written are skipped by their content hash).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(BatchSize);
        command.Options.Add(Resume);
    }

    public IEnumerable<KeyValuePair<string, string?>> Settings(ParseResult parse)
    {
        if (parse.GetValue(BatchSize) is { } size)
            yield return new("Neo4j:Import:BatchSize", size.ToString(CultureInfo.InvariantCulture));
        if (parse.GetValue(Resume))
            yield return new("Neo4j:Import:Resume", "true");
    }
}
