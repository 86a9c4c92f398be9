using System.Text.RegularExpressions;

namespace MechanismGraph.Export;

/// <summary>
/// KGX TSV cells. KGX reads TSV without quoting (pandas <c>quoting=3</c>), so a value can hold no tab or line break
/// (each run becomes one space) and a list item no <c>|</c>, the list separator (it becomes <c>¦</c>).
/// </summary>
internal static partial class Tsv
{
    public const char ListSeparator = '|';

    public static string Cell(string? value) => value is null ? "" : LineBreaksAndTabs().Replace(value, " ");

    public static string List(IEnumerable<string> items) =>
        string.Join(ListSeparator, items.Select(item => Cell(item).Replace(ListSeparator, '¦')));

    public static string Row(IEnumerable<string?> cells) => string.Join('\t', cells.Select(Cell)) + "\n";

    [GeneratedRegex(@"[\t\r\n]+")]
    private static partial Regex LineBreaksAndTabs();
}
