using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MechanismGraph.Api.Tests.Browser;

/// <summary>
/// The explorer on a generated Hetionet-shaped graph (3,000 entities beside the curated document): summaries before
/// drawings, expansion on demand within the node cap, labels that never overprint, sources told apart, honest empty states.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BigGraphExplorerTests(BigGraphHost host)
{
    /// <summary>The drawing's box cap (explorer.js DRAW_CAP).</summary>
    private const int DrawCap = 40;

    /// <summary>Arrows past which their labels hide (drawing.js EDGE_LABEL_LIMIT).</summary>
    private const int EdgeLabelLimit = 12;

    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task HubDownstream_ShowsTheSummaryFirst_AndDrawsOnlyTheMostRelevant_WithoutOverprintedLabels()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync($"?of={Uri.EscapeDataString(host.Hub)}&maxHops=2");
        await browser.Page.WaitForSelectorAsync("#graph[data-drawn]");

        var summary = (await host.Api.QueryAsync($$"""{ neighbourhood(of: "{{host.Hub}}", maxHops: 2) { reached of { name } bySource { name count } } }"""))
            .AssertNoErrors().Data.GetProperty("neighbourhood");
        var reached = summary.GetProperty("reached").GetInt32();
        Assert.True(reached > 100, $"the hub reaches only {reached} entities");
        var overview = browser.Page.GetByTestId("overview");
        await Assertions.Expect(overview).ToBeVisibleAsync();
        await Assertions.Expect(overview).ToContainTextAsync($"{reached} entities downstream of {summary.GetProperty("of").GetProperty("name").GetString()}");
        await Assertions.Expect(browser.Page.GetByTestId("facet-by-kind")).ToContainTextAsync("Gene");
        await Assertions.Expect(browser.Page.GetByTestId("facet-by-net-sign")).ToContainTextAsync("increases");
        await Assertions.Expect(browser.Page.GetByTestId("facet-by-predicate-family")).ToContainTextAsync("causal");
        // Imported knowledge sources and the curated document are told apart.
        var sources = browser.Page.GetByTestId("facet-by-source");
        await Assertions.Expect(sources).ToContainTextAsync("infores:mechanismgraph-synthetic (imported)");
        await Assertions.Expect(sources).ToContainTextAsync("curated: ");

        var drawn = await explorer.DrawnCountAsync();
        Assert.InRange(drawn, 2, 13); // the hub and its twelve most relevant
        Assert.Empty(await explorer.OverlappingLabelsAsync());
        Assert.InRange(await explorer.VisibleLabelCountAsync(), drawn, drawn + EdgeLabelLimit); // past the density, arrows carry none until hovered
        Assert.Equal(40, await browser.Page.Locator("[data-testid=influences] [data-node-id]").CountAsync());
        await Assertions.Expect(browser.Page.GetByTestId("show-more")).ToContainTextAsync($"40 of {reached}");

        await Artifacts.ScreenshotAsync(browser.Page, "explorer-big-hub-summary");
        AssertNoViolations(await browser.Page.RunAxe(Wcag));
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }

    [Fact]
    public async Task ClickingABox_OrPressingEnterOnItsEntry_ExpandsItsNextStep_AndTheDrawingNeverPassesItsCap()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync($"?of={Uri.EscapeDataString(host.Hub)}&maxHops=2");
        await browser.Page.WaitForSelectorAsync("#graph[data-drawn]");
        var before = await explorer.DrawnCountAsync();

        // By mouse: a drawn box (not the hub) that has a next step gets it drawn.
        await browser.Page.EvaluateAsync("() => { window.Onscreen = n => { const p = n.renderedPosition(); const c = window.explorer.cy; return p.x > 0 && p.y > 0 && p.x < c.width() && p.y < c.height(); }; }");
        var leaves = await browser.Page.EvaluateAsync<string[]>($"() => window.explorer.cy.nodes().filter(n => n.id() !== '{host.Hub}' && n.outdegree() === 0 && Onscreen(n)).map(n => n.id())");
        string? target = null;
        foreach (var leaf in leaves)
        {
            var next = await host.Api.QueryAsync($$"""{ neighbourhood(of: "{{leaf}}", maxHops: 1) { reached } }""");
            if (next.AssertNoErrors().Data.GetProperty("neighbourhood").GetProperty("reached").GetInt32() > 0) { target = leaf; break; }
        }
        Assert.NotNull(target);
        await explorer.RedrawAsync(() => explorer.ClickNodeAsync(target));
        await Assertions.Expect(browser.Page.GetByTestId("status")).ToContainTextAsync("Expanded ");
        var afterClick = await explorer.DrawnCountAsync();
        Assert.True(afterClick > before, $"clicking {target} drew nothing more ({before} boxes)");
        Assert.True(await browser.Page.EvaluateAsync<bool>($"() => window.explorer.cy.getElementById('{target}').hasClass('expanded')"));
        Assert.Empty(await explorer.OverlappingLabelsAsync());
        await Assertions.Expect(browser.Page.GetByTestId("details")).ToHaveAttributeAsync("data-showing", $"entity:{target}");
        await Artifacts.ScreenshotAsync(browser.Page, "explorer-big-expanded-by-mouse");

        // By keyboard: Tab to entries of the list and press Enter, again and again; the drawing grows but stays capped.
        var entries = browser.Page.Locator("[data-testid=influences] [data-node-id]");
        for (var i = 1; i <= 8; i++)
        {
            await entries.Nth(i).FocusAsync();
            await browser.Page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(browser.Page.GetByTestId("details")).ToHaveAttributeAsync("data-showing", $"entity:{await entries.Nth(i).GetAttributeAsync("data-node-id")}");
            Assert.InRange(await explorer.DrawnCountAsync(), afterClick, DrawCap);
        }
        var afterKeys = await explorer.DrawnCountAsync();
        Assert.True(afterKeys > afterClick, $"Enter on the list drew nothing more ({afterClick} boxes)");
        // Every box, those an expansion drew included, has its button in the list: the keyboard reaches them all.
        var unlisted = await browser.Page.EvaluateAsync<string[]>($$"""
            () => window.explorer.cy.nodes().map(n => n.id()).filter(id => id !== '{{host.Hub}}'
              && !document.querySelector(`[data-testid=influences] [data-node-id="${CSS.escape(id)}"]`))
            """);
        Assert.Empty(unlisted);
        Assert.Empty(await explorer.OverlappingLabelsAsync());

        // An arrow's label, hidden past the density, shows while the pointer is on it.
        var edge = await browser.Page.EvaluateAsync<string>("() => window.explorer.cy.edges()[0].id()");
        await browser.Page.EvaluateAsync($"() => window.explorer.cy.getElementById('{edge}').emit('mouseover')");
        Assert.NotEqual("", await browser.Page.EvaluateAsync<string>($"() => window.explorer.cy.getElementById('{edge}').pstyle('label').strValue"));

        await Artifacts.ScreenshotAsync(browser.Page, "explorer-big-expanded-by-keyboard");
        AssertNoViolations(await browser.Page.RunAxe(Wcag));
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }

    [Fact]
    public async Task TheHubsDetails_ListOnePageOfItsRelations_AndSayHowManyMoreThereAre()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync($"?of={Uri.EscapeDataString(host.Hub)}&maxHops=1");
        await browser.Page.WaitForSelectorAsync("#graph[data-drawn]");
        var total = (await host.Api.QueryAsync($$"""{ relations(subject: "{{host.Hub}}", first: 1) { totalCount } }"""))
            .AssertNoErrors().Data.GetProperty("relations").GetProperty("totalCount").GetInt32();
        Assert.True(total > 25, $"the hub has only {total} outgoing relations");

        // The page asks for one page of relations, not all of a hub's (tens of thousands on a real graph).
        var response = await browser.Page.RunAndWaitForResponseAsync(() => explorer.ClickNodeAsync(host.Hub),
            r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && (r.Request.PostData ?? "").Contains("query Entity", StringComparison.Ordinal));
        using (var answer = JsonDocument.Parse(await response.TextAsync()))
        {
            var outgoing = answer.RootElement.GetProperty("data").GetProperty("outgoing");
            Assert.Equal(25, outgoing.GetProperty("nodes").GetArrayLength());
            Assert.Equal(total, outgoing.GetProperty("totalCount").GetInt32());
        }

        var details = browser.Page.GetByTestId("details");
        await Assertions.Expect(details).ToHaveAttributeAsync("data-showing", $"entity:{host.Hub}");
        await Assertions.Expect(details).ToContainTextAsync($"…and {total - 25} more, not listed.");
        Assert.Equal(25, await details.Locator("ul.relations").First.Locator("li").CountAsync());
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }

    [Fact]
    public async Task ANeighbourhoodReachedThroughAnAssociation_CountsItAsAnAssociation_NotAsAnEffectOfUnknownDirection()
    {
        var response = await host.Api.QueryAsync($$"""
            { all: neighbourhood(of: "{{BigGraphHost.LoneCompound}}", maxHops: 1, includeAssociations: true) { reached bySign { name count } }
              unknown: neighbourhood(of: "{{BigGraphHost.LoneCompound}}", maxHops: 1, includeAssociations: true, sign: UNKNOWN) { matching } }
            """);

        var data = response.AssertNoErrors().Data;
        var bySign = data.GetProperty("all").GetProperty("bySign").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(data.GetProperty("all").GetProperty("reached").GetInt32(), bySign.GetValueOrDefault("ASSOCIATION"));
        Assert.False(bySign.ContainsKey("UNKNOWN"));
        Assert.Equal(0, data.GetProperty("unknown").GetProperty("matching").GetInt32());
    }

    [Fact]
    public async Task Filters_RankOnlyTheChosenKind_AndShowMoreListsTheNextPage()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync($"?of={Uri.EscapeDataString(host.Hub)}&maxHops=2");
        await browser.Page.WaitForSelectorAsync("#graph[data-drawn]");

        await explorer.RedrawAsync(() => browser.Page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync("Disease"));

        Assert.Contains("kind=Disease", browser.Page.Url);
        var kinds = await browser.Page.EvaluateAsync<string[]>("() => window.explorer.state.influences.map(i => i.entity.kind)");
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("Disease", k));
        // The summary still counts everything reached, so the reader sees what the filter leaves out.
        await Assertions.Expect(browser.Page.GetByTestId("facet-by-kind")).ToContainTextAsync("Gene");

        await explorer.RedrawAsync(() => browser.Page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(""));
        await browser.Page.GetByTestId("show-more").ClickAsync();
        await Assertions.Expect(browser.Page.Locator("[data-testid=influences] [data-node-id]")).ToHaveCountAsync(80);
        await Artifacts.ScreenshotAsync(browser.Page, "explorer-big-filtered");
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }

    [Fact]
    public async Task OnlyAssociationsConnectThem_SaysSo_AndOneClickDrawsThemWithTheirSource()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync($"?from={Uri.EscapeDataString(BigGraphHost.LoneCompound)}&to={Uri.EscapeDataString(BigGraphHost.RareDisease)}");
        var status = browser.Page.GetByTestId("status");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "only-associations");
        await Assertions.Expect(status).ToContainTextAsync($"No causal pathway from {BigGraphHost.LoneCompoundName} to {BigGraphHost.RareDiseaseName} within 8 steps in this graph; only associations connect them");
        await Assertions.Expect(browser.Page.GetByTestId("view-title")).ToHaveTextAsync($"Pathways from {BigGraphHost.LoneCompoundName} to {BigGraphHost.RareDiseaseName}");
        await Artifacts.ScreenshotAsync(browser.Page, "explorer-only-associations");
        AssertNoViolations(await browser.Page.RunAxe(Wcag));

        await explorer.RedrawAsync(() => status.GetByRole(AriaRole.Button, new() { Name = "Show them" }).ClickAsync());

        Assert.Equal([BigGraphHost.LoneCompound, BigGraphHost.RareDisease], await explorer.ChainEntityIdsAsync());
        await Assertions.Expect(status).ToContainTextAsync("pass through associations");
        var relation = await browser.Page.Locator("[data-testid=chain] [data-edge-id]").First.GetAttributeAsync("data-edge-id");
        await explorer.ClickEdgeAsync(relation!);
        await Assertions.Expect(browser.Page.GetByTestId("relation-source")).ToContainTextAsync(BigGraphHost.AssociationSource);
        var publication = browser.Page.GetByTestId("relation-publications").GetByRole(AriaRole.Link, new() { Name = BigGraphHost.AssociationPublication });
        await Assertions.Expect(publication).ToHaveAttributeAsync("href", "https://pubmed.ncbi.nlm.nih.gov/12345678/");
        await Artifacts.ScreenshotAsync(browser.Page, "explorer-only-associations-shown");
        AssertNoViolations(await browser.Page.RunAxe(Wcag));
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }

    [Fact]
    public async Task NoPathwayAtAll_SaysWithinHowManyStepsInThisGraph_WithNamesNotCuries()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        await explorer.OpenAsync($"?from={Uri.EscapeDataString(BigGraphHost.RareDisease)}&to={Uri.EscapeDataString(BigGraphHost.LoneCompound)}");

        var status = browser.Page.GetByTestId("status");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "none");
        await Assertions.Expect(status).ToHaveTextAsync($"No causal pathway from {BigGraphHost.RareDiseaseName} to {BigGraphHost.LoneCompoundName} within 8 steps in this graph.");
        await Artifacts.ScreenshotAsync(browser.Page, "explorer-no-pathway");
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }

    [Fact]
    public async Task ASearchCutShortByItsWorkBound_SaysItStoppedEarly_NotThatThereIsNone()
    {
        await using var browser = await host.NewPageAsync();
        var explorer = new ExplorerPage(browser.Page);
        // A graph small enough for the test suite never reaches the 200,000-relation work bound: the server's answer is
        // the real one (no pathway), with searchComplete turned false as a bigger graph would give it.
        await browser.Page.RouteAsync("**/graphql", async route =>
        {
            if (route.Request.PostData?.Contains("query Pathways(", StringComparison.Ordinal) != true) { await route.ContinueAsync(); return; }
            var response = await route.FetchAsync();
            var body = (await response.TextAsync()).Replace("\"searchComplete\":true", "\"searchComplete\":false", StringComparison.Ordinal);
            await route.FulfillAsync(new() { Response = response, Body = body });
        });

        await explorer.OpenAsync($"?from={Uri.EscapeDataString(host.Hub)}&to={Uri.EscapeDataString(BigGraphHost.RareDisease)}");

        var status = browser.Page.GetByTestId("status");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "stopped-early");
        await Assertions.Expect(status).ToContainTextAsync("Search stopped early: no causal pathway from ");
        await Assertions.Expect(status).ToContainTextAsync("one may still exist");
        await Assertions.Expect(status).Not.ToContainTextAsync("in this graph");
        await Artifacts.ScreenshotAsync(browser.Page, "explorer-search-stopped-early");
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }

    private static void AssertNoViolations(AxeResult result) =>
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")));
}
