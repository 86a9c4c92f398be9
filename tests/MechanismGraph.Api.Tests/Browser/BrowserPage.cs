using Microsoft.Playwright;

namespace MechanismGraph.Api.Tests.Browser;

/// <summary>One test's page and what it saw go wrong.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // A browser asks for /favicon.ico by itself when a page names no icon; its 404 is nobody's error.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                Errors.Add($"console: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Errors.Add($"uncaught: {error}");
        page.Request += (_, request) => Requests.Add(request);
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<IRequest> Requests { get; } = [];

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
