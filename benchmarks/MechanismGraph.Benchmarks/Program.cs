using System.Globalization;
using BenchmarkDotNet.Running;
using MechanismGraph.Benchmarks;

// "--scale [fractions] [queries]": the load script (docs/performance.md); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "--scale")
{
    var fractions = args.Length > 1 ? args[1].Split(',').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray() : [0.01, 0.1, 1.0];
    var queries = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
    return await ScaleRunner.RunAsync(fractions, queries, Console.Out);
}
// "--versus python script [pairs]": MechanismGraph against NetworkX on the same pairs (benchmarks/versus/run.sh).
if (args.Length > 2 && args[0] == "--versus")
    return await VersusNetworkX.RunAsync(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 300, Console.Out);
BenchmarkSwitcher.FromAssembly(typeof(ScaleRunner).Assembly).Run(args);
return 0;
