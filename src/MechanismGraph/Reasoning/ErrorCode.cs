namespace MechanismGraph.Reasoning;

/// <summary>One stable error code: its name on the wire, the HTTP status a plain endpoint answers it with, and when it happens.</summary>
public sealed record ErrorCode(string Name, int HttpStatus, string Meaning)
{
    public override string ToString() => Name;
}
