namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>A name and how many items carry it.</summary>
internal sealed record CountedName(string Name, int Count);
