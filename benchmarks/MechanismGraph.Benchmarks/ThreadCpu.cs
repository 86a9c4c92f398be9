using System.Runtime.InteropServices;

namespace MechanismGraph.Benchmarks;

/// <summary>
/// CPU time of the calling thread, clock_gettime(CLOCK_THREAD_CPUTIME_ID) as Python's time.thread_time(): what a query
/// cost, however loaded the machine (wall time on a shared 2-core machine also counts waiting for a core).
/// </summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static double Milliseconds() =>
        ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? time.Seconds * 1000.0 + time.Nanoseconds / 1e6 : double.NaN;

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
