using System.Runtime.InteropServices;

namespace MechanismGraph.Benchmarks;

/// <summary>CPU time of the calling thread (Linux getrusage(RUSAGE_THREAD)): what a query cost, however loaded the machine.</summary>
internal static partial class ThreadCpu
{
    private const int RusageThread = 1;

    public static double Milliseconds()
    {
        if (GetRusage(RusageThread, out var usage) != 0) return double.NaN;
        return (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Usage usage);

    /// <summary>The start of struct rusage: ru_utime and ru_stime (timevals); the rest is room for the fields not read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Usage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        private unsafe fixed long _rest[14];
    }
}
