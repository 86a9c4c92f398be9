using System.Buffers;
using System.Text;

namespace MechanismGraph.Files;

/// <summary>
/// Reading files named by data or by a user as data, never as a way to reach anything else: only files the file
/// system gives a size are read (FIFOs and devices such as /dev/zero report 0 bytes and are refused unread, so nothing
/// blocks or streams forever), and never more than a size limit; text must be valid UTF-8, reported at its line.
/// </summary>
public static class InputFile
{
    /// <summary>Why the file cannot be read as input (missing, a folder, empty or not a regular file, too large); null when it can.</summary>
    public static string? Problem(string path, long maxBytes)
    {
        if (Directory.Exists(path)) return "is a folder, not a file";
        var info = new FileInfo(path);
        if (!info.Exists) return "not found";
        if (info.LinkTarget is not null)
        {
            try { info = info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? new FileInfo(target.FullName) : info; }
            catch (IOException) { return "is a link to nothing"; }
            if (!info.Exists) return "is a link to nothing";
        }
        if (info.Length == 0) return "is empty or not a regular file (a pipe or a device)";
        if (info.Length > maxBytes) return $"is {info.Length:N0} bytes; at most {maxBytes:N0} are read";
        return null;
    }

    /// <summary>Reads a checked file as UTF-8 text: the text, or the 1-based line of the first invalid byte.</summary>
    public static (string? Text, int? InvalidLine) ReadUtf8(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[Math.Min(stream.Length, maxBytes)];
        stream.ReadExactly(buffer);
        var invalid = InvalidUtf8Line(buffer);
        if (invalid is not null) return (null, invalid);
        var text = Encoding.UTF8.GetString(buffer);
        return (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, null);
    }

    /// <summary>The 1-based line of the first byte that is not UTF-8, reading the file in chunks; null when all of it is.</summary>
    public static int? InvalidUtf8Line(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = ArrayPool<byte>.Shared.Rent((1 << 16) + 4);
        try
        {
            var line = 1;
            var carried = 0; // bytes of a sequence split by the previous chunk's end, moved to the buffer's start
            int read;
            while ((read = stream.Read(buffer, carried, 1 << 16)) > 0)
            {
                var chunk = buffer.AsSpan(0, carried + read);
                var (invalidAt, complete) = Scan(chunk, isFinal: false);
                if (invalidAt is { } at) return line + chunk[..at].Count((byte)'\n');
                line += chunk[..complete].Count((byte)'\n');
                carried = chunk.Length - complete;
                chunk[complete..].CopyTo(buffer);
            }
            return carried > 0 ? line : null; // the file ends inside a sequence
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The 1-based line of the first byte that is not UTF-8; null when all are.</summary>
    public static int? InvalidUtf8Line(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        var at = Scan(bytes, isFinal: true).InvalidAt ?? bytes.Length;
        return 1 + bytes[..at].Count((byte)'\n');
    }

    // Where the first invalid sequence starts (if any), and how many bytes form complete sequences.
    private static (int? InvalidAt, int Complete) Scan(ReadOnlySpan<byte> bytes, bool isFinal)
    {
        Span<char> scratch = stackalloc char[1024];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], scratch, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: isFinal);
            offset += consumed;
            if (status == OperationStatus.InvalidData) return (offset, offset);
            if (status == OperationStatus.NeedMoreData) return (null, offset);
        }
        return (null, offset);
    }
}
