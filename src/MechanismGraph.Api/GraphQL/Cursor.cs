using System.Text;

namespace MechanismGraph.Api.GraphQL;

/// <summary>Opaque, stable cursors: base64 of "kind:id", so a page boundary survives additions elsewhere in the graph.</summary>
internal static class Cursor
{
    public static string Encode(string kind, string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kind}:{id}"));

    /// <summary>The id inside a cursor of this kind, or a BAD_USER_INPUT error.</summary>
    public static string? Decode(string kind, string? cursor)
    {
        if (cursor is null) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(kind + ":", StringComparison.Ordinal) && text.Length > kind.Length + 1) return text[(kind.Length + 1)..];
        }
        catch (FormatException) { }
        throw Reasoning.MechanismGraphException.BadInput("after", $"'{cursor}' is not a {kind} cursor from this API; pass a pageInfo.endCursor or edges.cursor you were given");
    }
}
