namespace MechanismGraph.Model;

/// <summary>A source document; evidence offsets point into <see cref="Text"/> exactly as received.</summary>
public sealed record Document(string Id, string Title, string File, string? Citation, string? Url, string Text);
