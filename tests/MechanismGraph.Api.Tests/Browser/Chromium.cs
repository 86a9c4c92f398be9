namespace MechanismGraph.Api.Tests.Browser;

/// <summary>Debian's Chromium, which the browser tests drive (Playwright's own browser download cannot work here).</summary>
internal static class Chromium
{
    /// <summary>The real binary first: the /usr/bin/chromium wrapper script prints a harmless shell error.</summary>
    private static readonly string[] Candidates = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

    public static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    /// <summary>The executable, or a failure that says how to install it (never a skip: CI installs it).</summary>
    public static string Executable()
    {
        var overridden = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(overridden)) return File.Exists(overridden) ? overridden
            : throw new InvalidOperationException($"CHROMIUM_PATH is set to '{overridden}', which does not exist.");
        return Candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            $"The browser tests need Debian's Chromium, not found at {string.Join(" or ", Candidates)}. " +
            "Run scripts/install-test-prerequisites.sh (./test.sh and CI run it), which installs it with apt-get install chromium.");
    }
}
