using System.Text;

namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>
/// Makes a Cypher statement one line, as the HTTP API requires: whitespace runs outside string
/// literals become one space, comments are dropped (a <c>//</c> comment would otherwise swallow
/// the rest of the line-joined statement), and newlines inside string literals become <c>\n</c> escapes.
/// </summary>
internal static class StatementText
{
    public static string Collapse(string statement)
    {
        var text = new StringBuilder(statement.Length);
        var pendingSpace = false;
        var i = 0;
        while (i < statement.Length)
        {
            var c = statement[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                i++;
            }
            else if (c == '/' && At(statement, i + 1, '/'))
            {
                pendingSpace = true;
                i = SkipLineComment(statement, i);
            }
            else if (c == '/' && At(statement, i + 1, '*'))
            {
                pendingSpace = true;
                i = SkipBlockComment(statement, i);
            }
            else
            {
                if (pendingSpace && text.Length > 0)
                    text.Append(' ');
                pendingSpace = false;
                i = c is '\'' or '"' or '`' ? CopyQuoted(statement, i, text) : CopyChar(statement, i, text);
            }
        }

        return text.ToString();
    }

    private static bool At(string s, int index, char c) => index < s.Length && s[index] == c;

    private static int CopyChar(string s, int i, StringBuilder text)
    {
        text.Append(s[i]);
        return i + 1;
    }

    private static int SkipLineComment(string s, int i)
    {
        var end = s.IndexOfAny(['\n', '\r'], i);
        return end < 0 ? s.Length : end;
    }

    private static int SkipBlockComment(string s, int i)
    {
        var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
        return end < 0 ? s.Length : end + 2;
    }

    /// <summary>Copies a '…' or "…" string literal or a `…` identifier, escaping line breaks in literals.</summary>
    private static int CopyQuoted(string s, int start, StringBuilder text)
    {
        var quote = s[start];
        text.Append(quote);
        var i = start + 1;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\\' && quote != '`' && i + 1 < s.Length)
            {
                text.Append(c).Append(s[i + 1]);
                i += 2;
                continue;
            }

            i++;
            if (c == quote)
            {
                text.Append(c);
                // A doubled backtick is an escaped backtick inside an identifier.
                if (quote == '`' && At(s, i, '`'))
                {
                    text.Append('`');
                    i++;
                    continue;
                }

                return i;
            }

            text.Append(quote == '`' ? c.ToString() : c switch { '\n' => "\\n", '\r' => "\\r", _ => c.ToString() });
        }

        return i;
    }
}
