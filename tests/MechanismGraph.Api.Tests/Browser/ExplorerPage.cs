using System.Text.Json;
using Microsoft.Playwright;

namespace MechanismGraph.Api.Tests.Browser;

/// <summary>What the explorer tests do on the page, in the user's terms.</summary>
internal sealed class ExplorerPage(IPage page)
{
    public IPage Page => page;

    public async Task OpenAsync(string query = "")
    {
        await page.GotoAsync("/explorer" + query);
        await page.WaitForFunctionAsync("() => window.explorer && window.explorer.ready");
        await page.EvaluateAsync("() => window.explorer.ready");
    }

    /// <summary>Types a cause and an effect, presses Trace, and waits until the new drawing is on screen.</summary>
    public Task TraceAsync(string cause, string effect) => RedrawAsync(async () =>
    {
        await page.GetByLabel("Cause", new() { Exact = true }).FillAsync(cause);
        await page.GetByLabel("Effect", new() { Exact = true }).FillAsync(effect);
        await page.GetByRole(AriaRole.Button, new() { Name = "Trace pathways" }).ClickAsync();
    });

    public Task DownstreamAsync(string source) => RedrawAsync(async () =>
    {
        await page.GetByLabel("Downstream of", new() { Exact = true }).FillAsync(source);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show effects" }).ClickAsync();
    });

    public async Task RedrawAsync(Func<Task> action)
    {
        var before = await page.GetAttributeAsync("#graph", "data-drawn") ?? "";
        await action();
        await page.WaitForFunctionAsync("before => { const d = document.getElementById('graph').dataset.drawn; return d && d !== before; }", before);
    }

    /// <summary>The entity ids of the steps list (the drawn pathway's keyboard twin), cause first.</summary>
    public async Task<string[]> ChainEntityIdsAsync() =>
        (await page.Locator("[data-testid=chain] [data-node-id]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.nodeId)"));

    /// <summary>The nodes cytoscape drew: id, label, x of the centre, and whether they are dimmed (not on the selected pathway).</summary>
    public async Task<Dictionary<string, DrawnNode>> DrawnNodesAsync()
    {
        var json = await page.EvaluateAsync<JsonElement>(
            "() => window.explorer.cy.nodes().map(n => ({ id: n.id(), label: n.data('label'), x: n.position('x'), dimmed: n.hasClass('off') }))");
        return json.EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => new DrawnNode(
            n.GetProperty("label").GetString()!, n.GetProperty("x").GetDouble(), n.GetProperty("dimmed").GetBoolean()));
    }

    /// <summary>Clicks the middle of a drawn arrow on the canvas, as a person would.</summary>
    public Task ClickEdgeAsync(string relationId) => ClickDrawnAsync($"window.explorer.cy.getElementById('{relationId}').renderedMidpoint()");

    /// <summary>Clicks the centre of a drawn box on the canvas.</summary>
    public Task ClickNodeAsync(string entityId) => ClickDrawnAsync($"window.explorer.cy.getElementById('{entityId}').renderedPosition()");

    private async Task ClickDrawnAsync(string renderedPoint)
    {
        await page.Locator("#graph").ScrollIntoViewIfNeededAsync(); // a summary above may push the drawing below the fold
        var point = await page.EvaluateAsync<JsonElement>(
            $"() => {{ const p = {renderedPoint}; const r = document.getElementById('graph').getBoundingClientRect(); return {{ x: r.left + p.x, y: r.top + p.y }}; }}");
        var (x, y) = ((float)point.GetProperty("x").GetDouble(), (float)point.GetProperty("y").GetDouble());
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.ClickAsync(x, y);
    }

    /// <summary>How many boxes cytoscape drew.</summary>
    public Task<int> DrawnCountAsync() => page.EvaluateAsync<int>("() => window.explorer.cy.nodes().length");

    /// <summary>
    /// Pairs of visible labels (box labels, and arrow labels not hidden by the density rule) whose rendered bounding boxes
    /// overlap, measured on the page; empty when no label overprints another.
    /// </summary>
    public async Task<string[]> OverlappingLabelsAsync() => await page.EvaluateAsync<string[]>("""
        () => {
          const cy = window.explorer.cy;
          const boxes = cy.elements().filter(e => e.pstyle('label').strValue !== '' && e.visible()).map(e => {
            const b = e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
            return { id: e.id(), text: e.pstyle('label').strValue, b };
          }).filter(x => x.b.w > 0 && x.b.h > 0);
          const out = [];
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
            const [a, c] = [boxes[i].b, boxes[j].b];
            if (a.x1 < c.x2 - 1 && c.x1 < a.x2 - 1 && a.y1 < c.y2 - 1 && c.y1 < a.y2 - 1) out.push(`${boxes[i].text} / ${boxes[j].text}`);
          }
          return out;
        }
        """);

    /// <summary>How many labels are on screen: boxes', and arrows' that the density rule did not hide.</summary>
    public Task<int> VisibleLabelCountAsync() =>
        page.EvaluateAsync<int>("() => window.explorer.cy.elements().filter(e => e.pstyle('label').strValue !== '').length");
}
