using System.Globalization;
using System.Text;

namespace MechanismGraph.Cli.Commands;

/// <summary>
/// Writes text for a terminal: control characters (other than newline and tab) coming from data or arguments are
/// shown as <c>\u001B</c>-style escapes, so a name or quote cannot move the cursor, recolour or retitle the terminal.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (IsControl(value)) inner.Write($"\\u{(int)value:X4}");
        else inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is null || !value.Any(IsControl)) { inner.Write(value); return; }
        foreach (var c in value) Write(c);
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();

    private static bool IsControl(char c) =>
        c is not ('\n' or '\r' or '\t') && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Control;
}
