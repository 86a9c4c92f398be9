namespace MechanismGraph.Import;

/// <summary>
/// Reads an SSSOM mapping table (the <c>#</c>-prefixed YAML metadata block, then a TSV with <c>subject_id</c>,
/// <c>predicate_id</c>, <c>object_id</c>). Rows whose predicate is <c>skos:exactMatch</c> or <c>owl:sameAs</c> say two ids
/// name the same thing; other mapping predicates (close, broad, narrow match…) do not, and are counted, not used.
/// </summary>
internal static class SssomMappings
{
    private static readonly HashSet<string> Equivalence = new(StringComparer.Ordinal) { "skos:exactMatch", "owl:sameAs" };

    /// <summary>The equivalent pairs, with each pair's line; problems and the count of rows with other predicates go to the callbacks.</summary>
    public static List<(string Subject, string Object, int Line)> Read(string path, Action<string, int, string> problem, out int otherPredicates)
    {
        otherPredicates = 0;
        var pairs = new List<(string, string, int)>();
        var file = Path.GetFileName(path);
        using var table = TsvTable.Open(KgxInput.Decompressed(File.OpenRead(path)), file, skipComments: true);
        int subject = table.Column("subject_id"), predicate = table.Column("predicate_id"), @object = table.Column("object_id");
        if (subject < 0 || predicate < 0 || @object < 0)
        {
            problem(file, table.Line, "the header lacks subject_id, predicate_id or object_id (an SSSOM mapping table needs all three)");
            return pairs;
        }
        while (table.Next(out var malformed))
        {
            if (malformed is not null) { problem(file, table.Line, malformed); continue; }
            if (table.TrimmedString(subject) is not { } s || table.TrimmedString(@object) is not { } o)
            {
                problem(file, table.Line, "missing subject_id or object_id");
                continue;
            }
            if (Equivalence.Contains(table.TrimmedString(predicate) ?? "")) pairs.Add((s, o, table.Line));
            else otherPredicates++;
        }
        return pairs;
    }
}
