using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace MechanismGraph.Api.Tests.Browser;

/// <summary>axe-core's WCAG 2.1 A/AA rules over the explorer, in each of its states (the drawing itself is a canvas; its lists are checked).</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserHost host)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task Explorer_WithAPathwayAndItsEvidenceOpen_HasNoWcagViolations()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync("?from=ketamine&to=synaptogenesis");
        await browser.Page.WaitForSelectorAsync("#graph[data-drawn]");
        await browser.Page.ClickAsync("[data-edge-id=ketamine-blocks-nmda-receptor-gabaergic-interneuron]");
        await browser.Page.Locator("[data-testid=evidence-quote]").WaitForAsync();

        AssertNoViolations(await browser.Page.RunAxe(Wcag));
    }

    [Fact]
    public async Task Explorer_DownstreamWithAnEntityOpen_HasNoWcagViolations()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync("?of=ketamine&maxHops=3");
        await browser.Page.WaitForSelectorAsync("#graph[data-drawn]");
        await browser.Page.ClickAsync("[data-testid=influences] [data-node-id=glutamate-release]");
        await browser.Page.Locator("[data-testid=entity-description]").WaitForAsync();

        AssertNoViolations(await browser.Page.RunAxe(Wcag));
    }

    private static void AssertNoViolations(AxeResult result) =>
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")));
}
