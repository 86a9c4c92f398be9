using Microsoft.Playwright;

namespace MechanismGraph.Api.Tests.Browser;

/// <summary>Screenshots and measurements kept as test artifacts under TestResults/screenshots/ at the repository root.</summary>
internal static class Artifacts
{
    public static string Directory { get; } = Create();

    private static string Create()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MechanismGraph.sln")))
                return System.IO.Directory.CreateDirectory(Path.Combine(dir.FullName, "TestResults", "screenshots")).FullName;
        throw new DirectoryNotFoundException("repository root not found");
    }

    /// <summary>Saves a viewport screenshot and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }
}
