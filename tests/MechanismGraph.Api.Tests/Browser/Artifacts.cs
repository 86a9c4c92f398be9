using MechanismGraph.Testing;
using Microsoft.Playwright;

namespace MechanismGraph.Api.Tests.Browser;

/// <summary>Screenshots and measurements kept as test artifacts under TestResults/screenshots/ at the repository root.</summary>
internal static class Artifacts
{
    public static string Directory { get; } = System.IO.Directory.CreateDirectory(RepositoryRoot.Combine("TestResults", "screenshots")).FullName;

    /// <summary>Saves a viewport screenshot and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }
}
