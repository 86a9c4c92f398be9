using Microsoft.VisualBasic.FileIO;
using MechanismGraph.Export;
using MechanismGraph.Graph;
using MechanismGraph.Reasoning;
using MechanismGraph.Seed;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Export;

/// <summary>Runs exports into memory and reads them back with independent parsers.</summary>
internal static class ExportHarness
{
    /// <summary>The shipped seed-data, loaded once per test run.</summary>
    public static KnowledgeGraph Graph => ShippedSeed.Graph;

    public static KnowledgeGraph Load(string directory)
    {
        var result = SeedLoader.Load(directory);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Graph!;
    }

    public static ReasoningServices Reasoning(KnowledgeGraph? graph = null) => new(new EmbeddedGraphStore(graph ?? Graph));

    public static ReasoningServices Reasoning(IGraphStore store) => new(store);

    /// <summary>The bytes one export writes, exactly as a file or HTTP response would hold them.</summary>
    public static byte[] Bytes(Func<TextWriter, CancellationToken, Task> write)
    {
        using var stream = new MemoryStream();
        ExportText.WriteAsync(stream, write, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    public static string Text(Func<TextWriter, CancellationToken, Task> write) => ExportText.Encoding.GetString(Bytes(write));

    /// <summary>Rows of a TSV by Microsoft.VisualBasic's parser: tab-delimited, no quoting (as KGX reads it).</summary>
    public static IReadOnlyList<string[]> ParseTsv(string text)
    {
        using var parser = new TextFieldParser(new StringReader(text))
        {
            TextFieldType = FieldType.Delimited,
            Delimiters = ["\t"],
            HasFieldsEnclosedInQuotes = false,
            TrimWhiteSpace = false,
        };
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }

    /// <summary>TSV rows as dictionaries keyed by the header row.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ParseTable(string text, out string[] header)
    {
        var rows = ParseTsv(text);
        var columns = rows[0];
        header = columns;
        return rows.Skip(1).Select(row =>
        {
            Assert.Equal(columns.Length, row.Length);
            return (IReadOnlyDictionary<string, string>)columns.Zip(row).ToDictionary(x => x.First, x => x.Second);
        }).ToArray();
    }

    /// <summary>Whitespace runs as one space: how a KGX cell shows a quote that spans a line break.</summary>
    public static string OneLine(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"[\t\r\n]+", " ");
}
