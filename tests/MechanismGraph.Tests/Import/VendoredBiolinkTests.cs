using System.Security.Cryptography;
using System.Text.Json;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Import;

/// <summary>The derived biolink-model.json comes from exactly the vendored model files (scripts/refresh-biolink.py writes both).</summary>
public sealed class VendoredBiolinkTests
{
    private static readonly string Root = Path.GetDirectoryName(SeedFixture.RealSeedDirectory)!;

    [Fact]
    public void TheDerivedFile_RecordsTheChecksumsOfTheVendoredFiles()
    {
        var vendor = Path.Combine(Root, "third_party", "biolink-model");
        using var derived = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "src", "MechanismGraph", "Biolink", "biolink-model.json")));
        var recorded = derived.RootElement.GetProperty("sha256").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

        Assert.Equal(["LICENSE", "biolink-model.yaml", "predicate_mapping.yaml"], recorded.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, sha) in recorded)
            Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(vendor, file)))));
        Assert.Contains("version: 4.4.4", File.ReadAllText(Path.Combine(vendor, "biolink-model.yaml")));
        Assert.Equal("4.4.4", derived.RootElement.GetProperty("version").GetString());
    }
}
