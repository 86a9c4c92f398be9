using System.Text;
using MechanismGraph.Files;
using MechanismGraph.Import;

namespace MechanismGraph.Tests.Files;

/// <summary>Input files: regular and bounded, and UTF-8 checked across chunk boundaries with the right line.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mg-input-").FullName;

    [Fact]
    public void DevZero_IsRefusedUnread()
    {
        Assert.Contains("not a regular file", InputFile.Problem("/dev/zero", 1 << 20));
    }

    [Fact]
    public void InvalidUtf8InATsv_IsReportedWithFileAndLine()
    {
        var nodes = Path.Combine(_directory, "nodes.tsv");
        var edges = Path.Combine(_directory, "edges.tsv");
        File.WriteAllBytes(nodes, [.. "id\tname\n"u8, .. "SYN:1\tok\n"u8, 0xC3, 0x28, .. "\tbad\n"u8]);
        File.WriteAllText(edges, "subject\tpredicate\tobject\n");

        Assert.Equal("nodes.tsv:3: not valid UTF-8 text", ImportInputs.Problem(new KgxFiles(nodes, edges), InputLimits.Default));
    }

    [Fact]
    public void ASequenceSplitAcrossReadChunks_IsStillValid_AndALaterErrorKeepsItsLine()
    {
        var path = Path.Combine(_directory, "long.tsv");
        // 'é' (two bytes) straddles the 64 KiB chunk boundary; the invalid byte sits on line 3.
        var text = new StringBuilder(new string('a', (1 << 16) - 1)).Append("é\n").Append("line two\n").ToString();
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(text), 0xFF, (byte)'\n']);

        Assert.Equal(3, InputFile.InvalidUtf8Line(path));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
