using System.Text;

namespace MechanismGraph.Export;

/// <summary>The one text encoding of every export: UTF-8 without a byte-order mark, <c>\n</c> line ends.</summary>
public static class ExportText
{
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A writer over <paramref name="stream"/> that leaves it open; flush it (asynchronously) before disposing.</summary>
    public static StreamWriter CreateWriter(Stream stream) => new(stream, Encoding, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\n" };

    /// <summary>Writes one export into <paramref name="stream"/> through a text writer, flushing asynchronously.</summary>
    public static async Task WriteAsync(Stream stream, Func<TextWriter, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        await using var writer = CreateWriter(stream);
        await write(writer, cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }
}
