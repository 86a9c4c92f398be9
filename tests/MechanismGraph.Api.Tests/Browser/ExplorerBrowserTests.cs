using System.Diagnostics;
using System.Text.Json;
using MechanismGraph.Testing;
using Microsoft.Playwright;

namespace MechanismGraph.Api.Tests.Browser;

/// <summary>The explorer in a real Chromium against the real API on Kestrel, on the real seed-data.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExplorerBrowserTests(BrowserHost host)
{
    private static readonly string DocumentText =
        File.ReadAllText(Path.Combine(SeedFixture.RealSeedDirectory, "documents", "ketamine-glutamate.txt"));

    private const string ReleaseActivatesAmpa = "glutamate-release-activates-ampa-receptor";

    [Fact]
    public async Task KetamineToSynaptogenesis_DrawsTheReceptorsAndBdnfOrMtorInPathOrder_AndAnArrowOpensOntoItsVerbatimQuote()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync();

        await explorer.TraceAsync("ketamine", "synaptogenesis");

        // The steps list mirrors the drawn pathway, cause first.
        var chain = await explorer.ChainEntityIdsAsync();
        Assert.Equal("ketamine", chain[0]);
        Assert.Equal("synaptogenesis", chain[^1]);
        var nmda = Array.IndexOf(chain, "nmda-receptor-gabaergic-interneuron");
        var ampa = Array.IndexOf(chain, "ampa-receptor");
        var growthSignal = Array.FindIndex(chain, id => id is "bdnf" or "mtor");
        Assert.True(nmda > 0 && nmda < ampa && ampa < growthSignal, $"path order: {string.Join(" → ", chain)}");

        // The drawing holds them too, highlighted, and left to right in that order.
        var drawn = await explorer.DrawnNodesAsync();
        var onPath = chain.Select(id => drawn[id]).ToArray();
        Assert.All(onPath, n => Assert.False(n.Dimmed, $"{n.Label} is dimmed"));
        Assert.Equal("NMDA receptor (GABAergic interneuron)", drawn["nmda-receptor-gabaergic-interneuron"].Label);
        Assert.Equal("AMPA receptor", drawn["ampa-receptor"].Label);
        for (var i = 1; i < onPath.Length; i++)
            Assert.True(onPath[i].X > onPath[i - 1].X, $"{onPath[i].Label} is not drawn right of {onPath[i - 1].Label}");

        // Clicking the arrow glutamate release → AMPA receptor shows its quote, highlighted inside the document's text.
        await explorer.ClickEdgeAsync(ReleaseActivatesAmpa);
        var mark = browser.Page.GetByTestId("evidence-quote");
        await Assertions.Expect(mark).ToBeVisibleAsync();
        var shown = await mark.TextContentAsync();
        var (quote, start, end) = await FirstEvidenceAsync(ReleaseActivatesAmpa);
        Assert.Equal(quote, shown);
        Assert.Contains(shown!, DocumentText);
        Assert.Equal(DocumentText[start..end], shown);
        Assert.Equal(DocumentText, await browser.Page.GetByTestId("document-text").TextContentAsync());
        Assert.Equal("Glutamate release activates AMPA receptor, increasing its activity.", (await browser.Page.GetByTestId("relation-sentence").TextContentAsync())!.Replace("increases", "", StringComparison.Ordinal));
        Assert.True(await mark.IsVisibleAsync() && await IsInsideViewportOfItsBoxAsync(browser.Page), "the quote is scrolled out of view");

        var screenshot = await Artifacts.ScreenshotAsync(browser.Page, "explorer-ketamine-synaptogenesis-evidence");
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task EveryStep_IsReachableByKeyboard_AndEnterShowsItsEvidence()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync("?from=ketamine&to=synaptogenesis");
        await browser.Page.WaitForSelectorAsync("#graph[data-drawn]");

        // Tab from the top of the page until the first arrow of the steps list has focus.
        string? focused = null;
        for (var presses = 0; presses < 40 && focused != "ketamine-blocks-nmda-receptor-gabaergic-interneuron"; presses++)
        {
            await browser.Page.Keyboard.PressAsync("Tab");
            focused = await browser.Page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.edgeId ?? null");
        }
        Assert.Equal("ketamine-blocks-nmda-receptor-gabaergic-interneuron", focused);
        await browser.Page.Keyboard.PressAsync("Enter");

        var sentence = await browser.Page.GetByTestId("relation-sentence").TextContentAsync();
        Assert.Contains("Ketamine blocks NMDA receptor", sentence);
        Assert.Contains(await browser.Page.GetByTestId("evidence-quote").TextContentAsync() ?? "<none>", DocumentText);
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => window.explorer.cy.getElementById('ketamine-blocks-nmda-receptor-gabaergic-interneuron').selected()"));
    }

    [Fact]
    public async Task PathwayTabs_SwitchTheHighlightedPathway_WithArrowKeys()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync("?from=ketamine&to=synaptogenesis");
        await browser.Page.WaitForSelectorAsync("#graph[data-drawn]");
        var tabs = browser.Page.GetByRole(AriaRole.Tab);
        Assert.True(await tabs.CountAsync() >= 2);
        var first = await explorer.ChainEntityIdsAsync();

        await tabs.First.FocusAsync();
        await browser.Page.Keyboard.PressAsync("ArrowRight");

        await Assertions.Expect(tabs.Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(tabs.Nth(1)).ToBeFocusedAsync();
        var second = await explorer.ChainEntityIdsAsync();
        Assert.NotEqual(first, second);
        var drawn = await explorer.DrawnNodesAsync();
        Assert.All(second, id => Assert.False(drawn[id].Dimmed));
        Assert.Contains(drawn, n => n.Value.Dimmed); // the other pathways' own entities fade
    }

    [Fact]
    public async Task ClickingABox_ShowsTheEntitysDescriptionXrefsAndDirectRelations()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync("?from=ketamine&to=synaptogenesis");
        await browser.Page.WaitForSelectorAsync("#graph[data-drawn]");

        await explorer.ClickNodeAsync("ampa-receptor");

        var details = browser.Page.GetByTestId("details");
        await Assertions.Expect(browser.Page.GetByTestId("entity-name")).ToContainTextAsync("AMPA receptor");
        var entity = (await host.Api.QueryAsync("""{ entity(ref: "ampa-receptor") { description } }""")).AssertNoErrors().Data.GetProperty("entity");
        await Assertions.Expect(browser.Page.GetByTestId("entity-description")).ToHaveTextAsync(entity.GetProperty("description").GetString()!);
        await Assertions.Expect(details.GetByRole(AriaRole.Link, new() { Name = "GO:0032281" })).ToBeVisibleAsync();
        var incoming = details.GetByRole(AriaRole.Button, new() { NameRegex = new("^Glutamate release activates AMPA receptor") });
        await Assertions.Expect(incoming).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(browser.Page, "explorer-entity-ampa-receptor");

        await incoming.ClickAsync(); // a direct relation opens onto its evidence too
        await Assertions.Expect(browser.Page.GetByTestId("evidence-quote")).ToBeVisibleAsync();
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Upstream_ChosenInTheForm_DrawsWhatActsOnTheEntity_AndTheAddressKeepsIt()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync();

        await browser.Page.GetByLabel("following", new() { Exact = true }).SelectOptionAsync("upstream");
        await explorer.RedrawAsync(async () =>
        {
            await browser.Page.GetByLabel("Upstream of", new() { Exact = true }).FillAsync("synaptogenesis");
            await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Show causes" }).ClickAsync();
        });

        var causes = (await host.Api.QueryAsync("""{ causes(of: "synaptogenesis", maxHops: 3) { entity { id } } }""")).AssertNoErrors()
            .Data.GetProperty("causes").EnumerateArray().Select(c => c.GetProperty("entity").GetProperty("id").GetString()).ToHashSet();
        var drawn = await explorer.DrawnNodesAsync();
        Assert.Contains("ketamine", drawn.Keys);
        Assert.Equal(causes.Append("synaptogenesis").Order(), drawn.Keys.Order());
        Assert.Contains("reach=upstream", browser.Page.Url);

        await explorer.OpenAsync("?of=synaptogenesis&reach=upstream");
        await Assertions.Expect(browser.Page.GetByLabel("following", new() { Exact = true })).ToHaveValueAsync("upstream");
        await Assertions.Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Show causes" })).ToBeVisibleAsync();
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }

    [Fact]
    public async Task DownstreamOfKetamine_DrawsEveryEffectWithItsNetSign()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync();

        await explorer.DownstreamAsync("ketamine");

        var drawn = await explorer.DrawnNodesAsync();
        var effects = (await host.Api.QueryAsync("""{ effects(of: "ketamine", maxHops: 3) { netEffect entity { id } } }""")).AssertNoErrors()
            .Data.GetProperty("effects").EnumerateArray().ToArray();
        Assert.Equal(effects.Length + 1, drawn.Count);
        Assert.Equal("NMDA receptor\n− decreases", drawn["nmda-receptor"].Label);
        Assert.Equal("glutamate release\n+ increases", drawn["glutamate-release"].Label);
        Assert.Equal("GABA\n? unknown", drawn["gaba"].Label);
        var listed = await browser.Page.Locator("[data-testid=influences] [data-node-id]").CountAsync();
        Assert.Equal(effects.Length, listed);

        await Artifacts.ScreenshotAsync(browser.Page, "explorer-downstream-of-ketamine");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Autocomplete_OffersNamesAndAliases()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync();

        await browser.Page.GetByLabel("Cause", new() { Exact = true }).PressSequentiallyAsync("nmda");

        await browser.Page.WaitForSelectorAsync("#entity-options[data-search='nmda']", new() { State = WaitForSelectorState.Attached });
        var options = await browser.Page.Locator("#entity-options option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.Contains("NMDA receptor", options);
        Assert.Contains("NMDAR", options);
        Assert.DoesNotContain("ketamine", options); // refined by the search, not the whole list
        Assert.Equal("entity-options", await browser.Page.GetByLabel("Cause", new() { Exact = true }).GetAttributeAsync("list"));
    }

    [Fact]
    public async Task AMisspelledCause_SaysDidYouMean_AndTheSuggestionTracesIt()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync();
        await browser.Page.GetByLabel("Cause", new() { Exact = true }).FillAsync("ketamin");
        await browser.Page.GetByLabel("Effect", new() { Exact = true }).FillAsync("synaptogenesis");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Trace pathways" }).ClickAsync();

        var status = browser.Page.GetByTestId("status");
        await Assertions.Expect(status).ToContainTextAsync("did you mean 'ketamine'");
        await explorer.RedrawAsync(() => status.GetByRole(AriaRole.Button, new() { Name = "ketamine", Exact = true }).ClickAsync());

        Assert.Equal("ketamine", await browser.Page.GetByLabel("Cause", new() { Exact = true }).InputValueAsync());
        Assert.Equal("ketamine", (await explorer.ChainEntityIdsAsync())[0]);
    }

    [Fact]
    public async Task FirstLoad_FetchesOnlyFromItsOwnOrigin_LogsNoErrors_AndStaysUnderItsWeightBudget()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        var clock = Stopwatch.StartNew();

        await explorer.OpenAsync("?from=ketamine&to=synaptogenesis");
        await browser.Page.WaitForSelectorAsync("#graph[data-drawn]");
        var loaded = clock.Elapsed;

        Assert.All(browser.Requests, r => Assert.StartsWith(host.BaseAddress.ToString(), r.Url));
        Assert.Empty(browser.Errors); // includes Content-Security-Policy violations
        long assets = 0, total = 0;
        var lines = new List<string>();
        foreach (var request in browser.Requests)
        {
            var sizes = await request.SizesAsync();
            var bytes = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            total += bytes;
            if (request.ResourceType != "fetch") assets += sizes.ResponseBodySize;
            lines.Add($"{request.Method} {new Uri(request.Url).PathAndQuery.Split('?')[0]} {request.ResourceType} body={sizes.ResponseBodySize} headers={sizes.ResponseHeadersSize}");
        }
        lines.Add($"assets (HTML+JS+CSS+vendor+icon) body bytes: {assets}; transferred incl. headers and GraphQL: {total}; loaded and drawn in {loaded.TotalMilliseconds:0} ms");
        await File.WriteAllLinesAsync(Path.Combine(Artifacts.Directory, "explorer-page-weight.txt"), lines, TestContext.Current.CancellationToken);
        TestContext.Current.SendDiagnosticMessage(lines[^1]);
        Assert.InRange(assets, 150_000, 600_000); // ~210 KB brotli-compressed (~525 KB raw); much more means a new dependency
    }

    private async Task<(string Quote, int Start, int End)> FirstEvidenceAsync(string relationId)
    {
        var response = await host.Api.QueryAsync("""{ pathways(from: "ketamine", to: "synaptogenesis", limit: 1) { steps { id evidence { quote start end } } } }""");
        var step = response.AssertNoErrors().Data.GetProperty("pathways")[0].GetProperty("steps").EnumerateArray()
            .Single(s => s.GetProperty("id").GetString() == relationId);
        var evidence = step.GetProperty("evidence")[0];
        return (evidence.GetProperty("quote").GetString()!, evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32());
    }

    /// <summary>The highlighted quote lies within the visible part of the scrolling document box.</summary>
    private static Task<bool> IsInsideViewportOfItsBoxAsync(IPage page) => page.EvaluateAsync<bool>("""
        () => { const m = document.querySelector('mark').getBoundingClientRect(); const b = document.querySelector('.document').getBoundingClientRect();
                return m.top >= b.top - 1 && m.top < b.bottom && m.top < window.innerHeight; }
        """);
}
