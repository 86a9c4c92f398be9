using System.Diagnostics;
using Microsoft.Playwright;

namespace MechanismGraph.Api.Tests.Browser;

/// <summary>
/// Screenshots of the explorer on a service already running over a large graph (scripts/explorer-screenshots.sh generates
/// ~47,000 entities, imports them and sets the variables below); skipped unless EXPLORER_SCREENSHOTS_URL is set.
/// Not a test of speed: it records the time to the first drawing beside the screenshots.
/// </summary>
public sealed class LargeGraphScreenshots
{
    private static readonly string? BaseUrl = Environment.GetEnvironmentVariable("EXPLORER_SCREENSHOTS_URL");

    [Fact]
    public async Task HubDownstream_AndOnlyAssociations_OnALargeGraph()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(BaseUrl), "EXPLORER_SCREENSHOTS_URL is not set (scripts/explorer-screenshots.sh sets it)");
        var hub = Environment.GetEnvironmentVariable("EXPLORER_SCREENSHOTS_HUB")!;
        var (lone, rare) = (Environment.GetEnvironmentVariable("EXPLORER_SCREENSHOTS_FROM")!, Environment.GetEnvironmentVariable("EXPLORER_SCREENSHOTS_TO")!);
        using var playwright = await Playwright.CreateAsync();
        await using var chromium = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.Executable(), Headless = true, Args = Chromium.Args });
        var context = await chromium.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = 1280, Height = 800 } });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        var lines = new List<string>();

        // Cold: the first request for this neighbourhood; warm: the same page opened again.
        foreach (var run in new[] { "cold", "warm" })
        {
            var clock = Stopwatch.StartNew();
            await page.GotoAsync($"/explorer?of={Uri.EscapeDataString(hub)}&maxHops=2");
            await page.WaitForSelectorAsync("#graph[data-drawn]");
            var firstDrawing = clock.Elapsed;
            var query = await page.GetAttributeAsync("#graph", "data-first-drawing-ms");
            var drawn = await page.EvaluateAsync<int>("() => window.explorer.cy.nodes().length");
            var status = await page.GetByTestId("status").TextContentAsync();
            lines.Add($"{run}: hub {hub} downstream 2 steps: page open to first drawing {firstDrawing.TotalMilliseconds:0} ms (neighbourhood query to drawing {query} ms); {drawn} boxes drawn; status: {status}");
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Directory, "explorer-large-hub-downstream.png") });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Directory, "explorer-large-hub-downstream-full.png"), FullPage = true });

        var leaf = await page.EvaluateAsync<string>($"() => window.explorer.cy.nodes().filter(n => n.id() !== '{hub}' && n.outdegree() === 0)[0].id()");
        var clock2 = Stopwatch.StartNew();
        await page.Locator($"[data-testid=influences] [data-node-id='{leaf}']").ClickAsync();
        await page.GetByTestId("status").Filter(new() { HasText = "Expanded" }).WaitForAsync();
        lines.Add($"expand {leaf}: {clock2.Elapsed.TotalMilliseconds:0} ms; {await page.EvaluateAsync<int>("() => window.explorer.cy.nodes().length")} boxes; status: {await page.GetByTestId("status").TextContentAsync()}");
        await page.Locator("#graph").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Directory, "explorer-large-hub-expanded.png") });

        var clock3 = Stopwatch.StartNew();
        await page.GotoAsync($"/explorer?from={Uri.EscapeDataString(lone)}&to={Uri.EscapeDataString(rare)}");
        await page.Locator("#status[data-state]").WaitForAsync();
        lines.Add($"pathways {lone} → {rare}: {clock3.Elapsed.TotalMilliseconds:0} ms; state {await page.GetAttributeAsync("#status", "data-state")}; status: {await page.GetByTestId("status").TextContentAsync()}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Directory, "explorer-large-only-associations.png") });
        await page.GetByTestId("status").GetByRole(AriaRole.Button, new() { Name = "Show them" }).ClickAsync();
        await page.WaitForSelectorAsync("#graph[data-drawn]");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Directory, "explorer-large-only-associations-shown.png") });

        await File.WriteAllLinesAsync(Path.Combine(Artifacts.Directory, "explorer-large-timings.txt"), lines, TestContext.Current.CancellationToken);
        foreach (var line in lines) TestContext.Current.SendDiagnosticMessage(line);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
