using System.Reflection;
using MechanismGraph.Storage;

namespace MechanismGraph.Api.Tests;

/// <summary>A store whose every read fails with an exception nobody anticipated, as a bug would.</summary>
public class FaultyStore : DispatchProxy
{
    public const string Secret = "disk on fire at /var/lib/graph";

    public static IGraphStore Create() => Create<IGraphStore, FaultyStore>();

    protected override object? Invoke(MethodInfo? method, object?[]? args) => method!.Name switch
    {
        "get_Name" => "faulty",
        "get_IsImmutable" => false,
        _ => throw new InvalidOperationException(Secret),
    };
}
