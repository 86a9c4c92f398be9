using MechanismGraph.Export;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage.Embedded;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Export;

public sealed class ExportDeterminismTests
{
    public static TheoryData<string> Exports => ["kgx-nodes", "kgx-edges", "jsonl", "graphml", "kgx-archive"];

    private static byte[] Run(string export, ReasoningServices reasoning, ExportSettings? settings = null) => export switch
    {
        "kgx-nodes" => ExportHarness.Bytes(new KgxExporter(reasoning, settings).WriteNodesAsync),
        "kgx-edges" => ExportHarness.Bytes(new KgxExporter(reasoning, settings).WriteEdgesAsync),
        "jsonl" => ExportHarness.Bytes(new JsonlExporter(reasoning, settings).WriteAsync),
        "graphml" => ExportHarness.Bytes(new GraphmlExporter(reasoning, settings).WriteAsync),
        _ => Archive(reasoning, settings),
    };

    private static byte[] Archive(ReasoningServices reasoning, ExportSettings? settings)
    {
        using var stream = new MemoryStream();
        KgxArchive.WriteAsync(new KgxExporter(reasoning, settings), stream, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    [Theory, MemberData(nameof(Exports))]
    public void Export_OfTheSameGraphLoadedTwice_IsTheSameBytes(string export)
    {
        var first = Run(export, ExportHarness.Reasoning(ExportHarness.Load(SeedFixture.RealSeedDirectory)));
        var second = Run(export, ExportHarness.Reasoning(ExportHarness.Load(SeedFixture.RealSeedDirectory)));

        Assert.True(first.Length > 1000);
        Assert.Equal(first, second);
    }

    [Theory, MemberData(nameof(Exports))]
    public void Export_ReadInSmallPages_IsTheSameBytesAsInOnePage(string export)
    {
        var onePage = Run(export, ExportHarness.Reasoning(), new ExportSettings { PageSize = 1000 });
        var smallPages = Run(export, ExportHarness.Reasoning(), new ExportSettings { PageSize = 3 });

        Assert.Equal(onePage, smallPages);
    }

    [Theory, MemberData(nameof(Exports))]
    public void Export_Text_IsUtf8WithoutBomAndUnixLineEnds(string export)
    {
        if (export == "kgx-archive") return; // binary
        var bytes = Run(export, ExportHarness.Reasoning());

        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.Equal(ExportText.Encoding.GetString(bytes), System.Text.Encoding.UTF8.GetString(bytes)); // valid UTF-8
    }

    [Fact]
    public void Exports_ReadTheStoreInKeysetPages_NeverAllAtOnce()
    {
        var graph = ExportHarness.Graph;
        var store = new RecordingStore(new EmbeddedGraphStore(graph));
        var settings = new ExportSettings { PageSize = 5 };

        var direct = Run("kgx-edges", ExportHarness.Reasoning(), settings);
        var recorded = Run("kgx-edges", ExportHarness.Reasoning(store), settings);

        Assert.Equal(direct, recorded);
        Assert.All(store.EntityPageSizes, first => Assert.Equal(5, first));
        Assert.All(store.RelationPageSizes, first => Assert.Equal(5, first));
        Assert.Equal((graph.Entities.Count + 4) / 5, store.EntityPageSizes.Count);
        Assert.Equal((graph.Relations.Count + 4) / 5, store.RelationPageSizes.Count);
    }
}
