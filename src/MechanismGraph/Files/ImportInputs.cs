using MechanismGraph.Import;

namespace MechanismGraph.Files;

/// <summary>The checks an import's files pass before the importer reads them: regular, within the size limit, UTF-8.</summary>
public static class ImportInputs
{
    /// <summary>The first problem as <c>file:line: what</c> (or <c>file: what</c>); null when both files can be imported.</summary>
    public static string? Problem(KgxFiles files, InputLimits limits)
    {
        foreach (var path in new[] { files.Nodes, files.Edges })
        {
            var name = Path.GetFileName(path);
            if (InputFile.Problem(path, limits.MaxImportFileBytes) is { } unreadable) return $"{name}: {unreadable}";
            // Compressed inputs (gzip, tar) are bounded by their size here; their text is checked as the importer reads it.
            if (!IsCompressed(path) && InputFile.InvalidUtf8Line(path) is { } line) return $"{name}:{line}: not valid UTF-8 text";
        }
        return null;
    }

    /// <summary>Whether the file is a tar archive or starts with gzip's magic bytes (as KGX's reader recognises them).</summary>
    private static bool IsCompressed(string path)
    {
        if (KgxInput.IsArchive(path)) return true;
        using var stream = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        return stream.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
}
