using System.Globalization;
using BenchmarkDotNet.Running;
using MechanismGraph.Benchmarks;

// "--scale [fractions] [queries]": the load script (docs/performance.md); "--soak": the soak; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "--scale")
{
    var fractions = args.Length > 1 ? args[1].Split(',').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray() : [0.01, 0.1, 1.0];
    var queries = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
    return await ScaleRunner.RunAsync(fractions, queries, Console.Out);
}
// "--load [fraction] [runs]": the cold load alone, with CPU and GC pause time (docs/performance.md).
if (args.Length > 0 && args[0] == "--load")
    return LoadRunner.Run(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1.0, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2, Console.Out);
// "--search [fraction] [queries]": the label index's build time and lookup latencies (docs/performance.md).
if (args.Length > 0 && args[0] == "--search")
    return await SearchRunner.RunAsync(
        args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1.0, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000, Console.Out);
// "--influence [fraction] [runs]": effects/causes on the hubs, topology walk against the general walk (docs/performance.md).
if (args.Length > 0 && args[0] == "--influence")
    return await InfluenceRunner.RunAsync(
        args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1.0, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10, Console.Out);
// "--versus python script [pairs]": MechanismGraph against NetworkX on the same pairs (benchmarks/versus/run.sh).
if (args.Length > 2 && args[0] == "--versus")
    return await VersusNetworkX.RunAsync(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 300, Console.Out);
// "--soak --url http://127.0.0.1:PORT --pid N [--clients 32] [--duration 300] [--idle 60]": the bounded soak (docs/reliability.md).
if (args.Length > 0 && args[0] == "--soak") return await MechanismGraph.Benchmarks.Soak.SoakRunner.RunAsync(MechanismGraph.Benchmarks.Soak.SoakOptions.Parse(args), Console.Out);
// "--neo4j-import [fractions]": an import into the fake Neo4j (docs/import.md); "--fake-neo4j" is its child process.
if (args.Length > 0 && args[0] == "--fake-neo4j")
    return await Neo4jImportRunner.ServeFakeAsync();
if (args.Length > 0 && args[0] == "--neo4j-import")
    return await Neo4jImportRunner.RunAsync(
        args.Length > 1 ? args[1].Split(',').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray() : [0.1], Console.Out);
BenchmarkSwitcher.FromAssembly(typeof(ScaleRunner).Assembly).Run(args);
return 0;
