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
            if (InputFile.InvalidUtf8Line(path) is { } line) return $"{name}:{line}: not valid UTF-8 text";
        }
        return null;
    }
}
