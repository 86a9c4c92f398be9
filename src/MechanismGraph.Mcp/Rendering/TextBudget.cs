using System.Text;

namespace MechanismGraph.Mcp.Rendering;

/// <summary>
/// Builds a tool's text rendering within <c>max_chars</c>: blocks are added whole while they fit, leaving room for a
/// closing line that says what was left out and how to get it; once a block does not fit, nothing more is added.
/// </summary>
internal sealed class TextBudget(int maxChars)
{
    /// <summary>Room kept for the closing line.</summary>
    public const int FooterRoom = 200;

    private readonly StringBuilder _text = new();

    public int MaxChars => maxChars;

    /// <summary>True once a block was refused or clipped.</summary>
    public bool Full { get; private set; }

    /// <summary>Adds a block the answer cannot do without (a title, a narrative), clipped with "…" if it alone is too long.</summary>
    public void AddRequired(string block)
    {
        var room = maxChars - FooterRoom - _text.Length;
        if (block.Length <= room) { _text.Append(block); return; }
        Full = true;
        if (room > 0) _text.Append(block.AsSpan(0, room - 1)).Append('…'); // the ellipsis takes the last place: never past max_chars
    }

    /// <summary>Adds the block if it fits; false (and nothing more added afterwards) if it does not.</summary>
    public bool TryAdd(string block)
    {
        if (Full || _text.Length + block.Length > maxChars - FooterRoom)
        {
            Full = true;
            return false;
        }
        _text.Append(block);
        return true;
    }

    /// <summary>The text, with the closing line (clipped to its room) when there is one.</summary>
    public string Finish(string? footer)
    {
        if (footer is null) return _text.ToString().TrimEnd();
        var line = footer.Length <= FooterRoom - 2 ? footer : footer[..(FooterRoom - 3)] + "…";
        return _text.ToString().TrimEnd() + "\n\n" + line;
    }
}
