using System.Net;
using System.Net.Http.Headers;
using MechanismGraph.Export;
using MechanismGraph.Testing;

namespace MechanismGraph.Api.Tests;

/// <summary>Every format of the exporter registry over HTTP: its media type and file name, compression as it declares, parsed back whole.</summary>
public sealed class ExportRegistryTests(SharedApi api) : IClassFixture<SharedApi>
{
    public static TheoryData<string> Formats => new(GraphExporters.Default.Names);

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task EveryRegisteredFormat_IsServedWithItsMediaTypeAndFileName_AndParsesBackToTheWholeGraph(string id)
    {
        var exporter = GraphExporters.Default.Get(id);
        using var client = api.Factory.CreateClient();

        using var response = await client.GetAsync($"/export/{id}", TestContext.Current.CancellationToken);
        var content = ExportReadBack.Read(exporter, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MediaTypeHeaderValue.Parse(exporter.MediaType).MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(exporter.FileName, response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(ShippedSeed.Graph.Relations.Count, content.Edges);
        if (content.Nodes is { } nodes) Assert.Equal(ShippedSeed.Graph.Entities.Count, nodes);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task EveryRegisteredFormat_IsCompressedExactlyWhenItSaysItIsCompressible(string id)
    {
        var exporter = GraphExporters.Default.Get(id);
        using var client = api.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/export/{id}");
        request.Headers.AcceptEncoding.ParseAdd("br");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(exporter.Compressible, response.Content.Headers.ContentEncoding.Contains("br"));
    }

    [Fact]
    public async Task EveryPartOfAMultiFileFormat_IsServedOnItsOwn()
    {
        using var client = api.Factory.CreateClient();
        foreach (var exporter in GraphExporters.Default.All)
            foreach (var part in exporter.Parts)
            {
                using var response = await client.GetAsync($"/export/{exporter.Id}/{part.FileName}", TestContext.Current.CancellationToken);
                var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(MediaTypeHeaderValue.Parse(part.MediaType).MediaType, response.Content.Headers.ContentType?.MediaType);
                Assert.NotEmpty(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)); // a header and rows
            }
    }
}
