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
public class BrowserHost : IAsyncLifetime
{
    private ApiFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public ApiFactory Api => _factory ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>The API's settings (e.g. Graph:Imports), prepared before it starts; none: the real seed-data alone.</summary>
    protected virtual Task<IReadOnlyDictionary<string, string?>?> SettingsAsync() => Task.FromResult<IReadOnlyDictionary<string, string?>?>(null);

    public async ValueTask InitializeAsync()
    {
        var executable = Chromium.Executable(); // fail first, and clearly, when Chromium is missing
        _factory = new ApiFactory(await SettingsAsync());
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

    public virtual async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
    }
}
