namespace MechanismGraph.Import;

/// <summary>
/// Streams a KGX TSV table: a header row naming the columns, then one record per line, cells split on tabs with spans.
/// As KGX's reader (pandas) does, a row with fewer cells than the header has its missing trailing cells empty; a row
/// with more is broken. KGX writes no quoting; a cell wholly wrapped in double quotes (other tools' output) is
/// unwrapped, and a cell that opens a quote it never closes on its line is reported as broken quoting.
/// </summary>
internal sealed class TsvTable : IDisposable
{
    private readonly StreamReader _reader;
    private readonly Dictionary<string, int> _columns;
    private readonly Range[] _cells;
    private string _line = "";

    private TsvTable(StreamReader reader, string file, string[] header, int headerLine)
    {
        Line = headerLine;
        _reader = reader;
        File = file;
        _columns = header.Select((name, i) => (name, i)).GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        Width = header.Length;
        _cells = new Range[header.Length + 1];
    }

    public string File { get; }

    /// <summary>Cells every row must have: the header's.</summary>
    public int Width { get; }

    /// <summary>1-based line of the current row.</summary>
    public int Line { get; private set; }

    /// <summary>Reads the header; <paramref name="skipComments"/> first skips <c>#</c> lines (an SSSOM file's YAML metadata).</summary>
    public static TsvTable Open(Stream stream, string file, bool skipComments = false)
    {
        var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var line = reader.ReadLine();
        var number = 1;
        while (skipComments && line is not null && line.StartsWith('#')) { line = reader.ReadLine(); number++; }
        var header = (line ?? "").Split('\t').Select(h => h.Trim()).ToArray();
        return new TsvTable(reader, file, header, number);
    }

    /// <summary>The column's index, or -1 when the header lacks it.</summary>
    public int Column(string name) => _columns.GetValueOrDefault(name, -1);

    /// <summary>Moves to the next non-empty line; null when the row is well formed, else why not.</summary>
    public bool Next(out string? problem)
    {
        problem = null;
        while (_reader.ReadLine() is { } line)
        {
            Line++;
            if (line.Length == 0) continue;
            _line = line;
            var count = line.AsSpan().Split(_cells, '\t');
            for (var i = count; i < Width; i++) _cells[i] = default; // a short row: the missing trailing cells are empty
            problem = count > Width
                ? $"expected at most {Width} tab-separated cells (as in the header), found more"
                : BrokenQuote(count);
            return true;
        }
        return false;
    }

    /// <summary>The cell's text without surrounding quotes; empty when the column is absent.</summary>
    public ReadOnlySpan<char> Span(int column)
    {
        if (column < 0) return [];
        var cell = _line.AsSpan(_cells[column]);
        return cell.Length >= 2 && cell[0] == '"' && cell[^1] == '"' ? cell[1..^1] : cell;
    }

    /// <summary>The cell without surrounding whitespace (ids, CURIEs, predicates).</summary>
    public ReadOnlySpan<char> Trimmed(int column) => Span(column).Trim();

    /// <summary>The trimmed cell as a string, null when empty or absent.</summary>
    public string? TrimmedString(int column) => Trimmed(column) is { IsEmpty: false } span ? span.ToString() : null;

    /// <summary>The cell as a string, null when empty or absent (doubled quotes inside a quoted cell become one).</summary>
    public string? String(int column)
    {
        var span = Span(column);
        if (span.IsEmpty) return null;
        var text = span.ToString();
        return column >= 0 && _line.AsSpan(_cells[column]).StartsWith('"') ? text.Replace("\"\"", "\"") : text;
    }

    /// <summary>A <c>|</c>-separated list cell.</summary>
    public string[] List(int column) =>
        String(column) is { } text ? text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private string? BrokenQuote(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var cell = _line.AsSpan(_cells[i]);
            if (cell.Length > 0 && cell[0] == '"' && (cell.Length == 1 || cell[^1] != '"'))
                return $"broken quoting in column {i + 1}: a cell opens a double quote it does not close on this line";
        }
        return null;
    }

    public void Dispose() => _reader.Dispose();
}
