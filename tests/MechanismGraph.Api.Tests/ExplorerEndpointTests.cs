using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using MechanismGraph.Testing;

namespace MechanismGraph.Api.Tests;

/// <summary>The explorer page and its assets over HTTP: served offline, from this origin only, as vendored.</summary>
public sealed partial class ExplorerEndpointTests(SharedApi api) : IClassFixture<SharedApi>
{
    [Theory]
    [InlineData("/explorer")]
    [InlineData("/explorer/")]
    public async Task Explorer_IsAnHtmlPage_UnderAStrictContentSecurityPolicy(string path)
    {
        using var client = api.Factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("style-src 'self';", csp);
        Assert.Contains("connect-src 'self';", csp);
        Assert.Contains("<title>MechanismGraph explorer</title>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task EveryScriptAndStylesheetOfThePage_IsServedFromThisOrigin_WithNoInlineScript()
    {
        using var client = api.Factory.CreateClient();
        var html = await client.GetStringAsync("/explorer", TestContext.Current.CancellationToken);

        var references = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        Assert.Contains("/explorer/vendor/cytoscape.min.js", references);
        Assert.Contains("/explorer/vendor/cytoscape-dagre.min.js", references);
        Assert.Contains("/explorer/explorer.js", references);
        Assert.Contains("/explorer/explorer.css", references);
        foreach (var reference in references)
        {
            Assert.StartsWith("/explorer/", reference);
            using var asset = await client.GetAsync(reference, TestContext.Current.CancellationToken);
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{reference}: {asset.StatusCode}");
        }
        Assert.DoesNotMatch(InlineScript(), html);
        foreach (var module in new[] { "explorer.js", "api.js", "drawing.js", "details.js", "dom.js" })
            Assert.DoesNotContain("http", ImportLines(await client.GetStringAsync($"/explorer/{module}", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public void VendoredLibraries_MatchTheirSha256Sums_AndCarryTheirLicences()
    {
        var vendor = Path.Combine(ApiProjectDirectory(), "wwwroot", "explorer", "vendor");
        var sums = File.ReadAllLines(Path.Combine(vendor, "SHA256SUMS")).Where(l => l.Length > 0)
            .Select(l => (Hash: l[..64], File: l[66..])).ToArray();

        foreach (var (hash, file) in sums)
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(vendor, file)))));
        var present = Directory.EnumerateFiles(vendor, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(vendor, f).Replace('\\', '/')).Where(f => f != "SHA256SUMS").Order(StringComparer.Ordinal);
        Assert.Equal(present, sums.Select(s => s.File).Order(StringComparer.Ordinal)); // nothing unlisted, nothing missing
        Assert.Contains("licenses/cytoscape.LICENSE", present);
        Assert.Contains("licenses/dagre.LICENSE", present);
    }

    private static string ImportLines(string module) =>
        string.Join('\n', module.Split('\n').Where(l => l.StartsWith("import ", StringComparison.Ordinal)));

    private static string ApiProjectDirectory() => RepositoryRoot.Combine("src", "MechanismGraph.Api");

    [GeneratedRegex("""<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)""")]
    private static partial Regex AssetReference();

    [GeneratedRegex("""<script(?![^>]*\bsrc=)[^>]*>""")]
    private static partial Regex InlineScript();
}
