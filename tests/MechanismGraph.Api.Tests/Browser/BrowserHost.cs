using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MechanismGraph.Api.Tests.Browser;

/// <summary>
/// The real API on a real Kestrel port on 127.0.0.1 (a browser cannot use the in-memory test server) and one headless
/// Chromium, shared by the browser tests; each test gets its own 1280×800 page.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private readonly ApiFactory _factory = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public ApiFactory Api => _factory;

    public async ValueTask InitializeAsync()
    {
        var executable = Chromium.Executable(); // fail first, and clearly, when Chromium is missing
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.Single());
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Chromium.Args,
        });
    }

    /// <summary>A fresh page at 1280×800 that records console errors, uncaught exceptions and every request URL.</summary>
    public async Task<BrowserPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(15_000);
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}

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

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
