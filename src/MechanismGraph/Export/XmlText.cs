using System.Text;
using System.Xml;

namespace MechanismGraph.Export;

/// <summary>Text made safe for XML 1.0: characters it cannot hold (most control characters) become U+FFFD.</summary>
internal static class XmlText
{
    public static string Clean(string text) => IsValid(text) ? text : Replace(text);

    private static bool IsValid(string text)
    {
        try { XmlConvert.VerifyXmlChars(text); return true; }
        catch (XmlException) { return false; }
    }

    private static string Replace(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) clean.Append(text[i]).Append(text[++i]);
            else clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
        }
        return clean.ToString();
    }
}
