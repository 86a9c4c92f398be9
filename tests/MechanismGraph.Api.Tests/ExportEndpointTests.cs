using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace MechanismGraph.Api.Tests;

/// <summary>GET /export/{format} over HTTP: streamed attachments with the right media types, parsed back.</summary>
public sealed class ExportEndpointTests(SharedApi api) : IClassFixture<SharedApi>
{
    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var client = api.Factory.CreateClient();
        return await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
    }

    private async Task<(int Entities, int Relations)> CountsAsync()
    {
        var stats = (await api.Factory.QueryAsync("{ stats { entities relations } }")).AssertNoErrors().Data.GetProperty("stats");
        return (stats.GetProperty("entities").GetInt32(), stats.GetProperty("relations").GetInt32());
    }

    [Fact]
    public async Task GetJsonl_IsAnAttachmentWithOneFactPerLine()
    {
        using var response = await GetAsync("/export/jsonl");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("mechanism-graph.jsonl", response.Content.Headers.ContentDisposition?.FileName);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((await CountsAsync()).Relations, lines.Length);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    [Fact]
    public async Task GetGraphml_ParsesAsXmlWithEveryEntityAndRelation()
    {
        using var response = await GetAsync("/export/graphml");
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";

        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("mechanism-graph.graphml", response.Content.Headers.ContentDisposition?.FileName);
        var (entities, relations) = await CountsAsync();
        Assert.Equal(entities, document.Descendants(ns + "node").Count());
        Assert.Equal(relations, document.Descendants(ns + "edge").Count());
    }

    [Fact]
    public async Task GetKgx_IsATarGzOfBothTables_EqualToTheSeparateTableUrls()
    {
        using var response = await GetAsync("/export/kgx");
        Assert.Equal("application/gzip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("mechanism-graph.kgx.tar.gz", response.Content.Headers.ContentDisposition?.FileName);

        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), CompressionMode.Decompress);
        await using var tar = new TarReader(gzip);
        var tables = new Dictionary<string, string>();
        while (await tar.GetNextEntryAsync(copyData: true, TestContext.Current.CancellationToken) is { } entry)
            tables[entry.Name] = await new StreamReader(entry.DataStream!).ReadToEndAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["mechanism-graph_nodes.tsv", "mechanism-graph_edges.tsv"], tables.Keys);
        var (entities, relations) = await CountsAsync();
        Assert.Equal(entities + 1, tables["mechanism-graph_nodes.tsv"].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(relations + 1, tables["mechanism-graph_edges.tsv"].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        foreach (var (url, entry) in new[] { ("/export/kgx/nodes.tsv", "mechanism-graph_nodes.tsv"), ("/export/kgx/edges.tsv", "mechanism-graph_edges.tsv") })
        {
            using var table = await GetAsync(url);
            Assert.Equal("text/tab-separated-values", table.Content.Headers.ContentType?.MediaType);
            Assert.Equal(tables[entry], await table.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task GetExport_TwiceOverHttp_IsTheSameBytes()
    {
        using var first = await GetAsync("/export/kgx");
        using var second = await GetAsync("/export/kgx");

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken),
            await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/export/csv", "Unknown export format 'csv'; known formats: kgx, jsonl, graphml")]
    [InlineData("/export/kgx/both.tsv", "Unknown kgx file 'both.tsv'; files: nodes.tsv, edges.tsv")]
    public async Task UnknownFormatOrTable_Is404ProblemDetailsSayingWhatExists(string path, string message)
    {
        using var response = await GetAsync(path);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
        Assert.Equal("NOT_FOUND", json.GetProperty("code").GetString());
        Assert.Equal(message, json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ExportIndex_ListsEachFormatWithItsUrlAndMediaType()
    {
        using var response = await GetAsync("/export");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(["/export/kgx", "/export/jsonl", "/export/graphml"], json.GetProperty("formats").EnumerateArray().Select(f => f.GetProperty("url").GetString()));
        Assert.Equal(["/export/kgx/nodes.tsv", "/export/kgx/edges.tsv"], json.GetProperty("formats")[0].GetProperty("parts").EnumerateArray().Select(t => t.GetString()));
    }
}
