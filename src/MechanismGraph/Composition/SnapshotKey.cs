using System.IO.Hashing;
using System.Text;
using MechanismGraph.Graph.Snapshots;
using MechanismGraph.Import;

namespace MechanismGraph.Composition;

/// <summary>
/// The XxHash128 of everything a loaded graph is made from: the snapshot format version, the build of the code that
/// parses, every file of seed-data (path and bytes), and for each import in order its tables or archive, its mapping files
/// and its options.
/// </summary>
internal static class SnapshotKey
{
    public static UInt128 Of(string seedDirectory, IReadOnlyList<(KgxFiles Files, string[] Mappings, GraphImportOptions Options)> imports)
    {
        var hash = new XxHash128();
        Text(hash, $"format {GraphSnapshot.FormatVersion}");
        // The code that parsed (importer, predicate mapping, the Biolink model built in): a new build may read the same files
        // differently, and deterministic builds give the same id to the same code.
        Text(hash, $"code {typeof(SnapshotKey).Assembly.ManifestModule.ModuleVersionId}");
        foreach (var file in Directory.EnumerateFiles(seedDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Text(hash, Path.GetRelativePath(seedDirectory, file));
            Content(hash, file);
        }
        foreach (var (files, mappings, options) in imports)
        {
            Text(hash, $"import skip-invalid={options.SkipInvalid} missing-nodes={options.MissingNodes}");
            foreach (var file in files.Nodes == files.Edges ? [files.Nodes] : new[] { files.Nodes, files.Edges }) Content(hash, file);
            foreach (var mapping in mappings) Content(hash, mapping);
        }
        return hash.GetCurrentHashAsUInt128();
    }

    private static void Text(XxHash128 hash, string text)
    {
        hash.Append(Encoding.UTF8.GetBytes(text));
        hash.Append([0]);
    }

    private static void Content(XxHash128 hash, string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        Text(hash, $"file {stream.Length}");
        hash.Append(stream);
    }
}
