namespace MechanismGraph.Api.Tests.Browser;

/// <summary>The browser tests share one server and one Chromium, and run one at a time (two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>, ICollectionFixture<BigGraphHost>
{
    public const string Name = "browser";
}
