using Microsoft.Playwright;

namespace MechanismGraph.Api.Tests.Browser;

/// <summary>The GraphiQL playground (served at /graphql to browsers) in a real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task Playground_RunsItsFirstExampleQuery_AndShowsThePathways()
    {
        await using var browser = await host.NewPageAsync();
        var page = browser.Page;

        var response = await page.GotoAsync("/graphql"); // a navigation asks for text/html: the playground
        Assert.True(response is { Ok: true }, $"GET /graphql from a browser answered {response?.Status}: {(response is null ? "" : await response.TextAsync())}");
        var run = page.Locator(".graphiql-execute-button");
        await Assertions.Expect(run).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var tabs = page.Locator(".graphiql-tab");
        if (await tabs.CountAsync() > 0) await tabs.First.ClickAsync(); // the first example
        await run.ClickAsync();

        var result = page.Locator(".graphiql-response");
        await Assertions.Expect(result).ToContainTextAsync("\"pathways\"");
        await Assertions.Expect(result).ToContainTextAsync("INCREASES");
        await Artifacts.ScreenshotAsync(page, "playground-first-example");
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }
}
