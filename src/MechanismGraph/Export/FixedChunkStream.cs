namespace MechanismGraph.Export;

/// <summary>
/// A write-only stream that hands its inner stream whole chunks of a fixed size (the rest when disposed), whatever sizes
/// it is written in. Deflate's output may depend on how its input is split, and the tar writer copies each entry in
/// pieces as the pipe happens to deliver them, so without this an archive's bytes would depend on timing.
/// </summary>
internal sealed class FixedChunkStream(Stream inner, int chunkSize = 1 << 16) : Stream
{
    private readonly byte[] _chunk = new byte[chunkSize];
    private int _filled;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var n = Math.Min(buffer.Length, _chunk.Length - _filled);
            buffer[..n].CopyTo(_chunk.AsSpan(_filled));
            _filled += n;
            buffer = buffer[n..];
            if (_filled == _chunk.Length) { inner.Write(_chunk); _filled = 0; }
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            var n = Math.Min(buffer.Length, _chunk.Length - _filled);
            buffer.Span[..n].CopyTo(_chunk.AsSpan(_filled));
            _filled += n;
            buffer = buffer[n..];
            if (_filled == _chunk.Length) { await inner.WriteAsync(_chunk, cancellationToken); _filled = 0; }
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Flushing a partial chunk would split deflate's input at a timing-dependent place: only disposal writes the rest.
    public override void Flush() { }
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        if (_filled > 0) await inner.WriteAsync(_chunk.AsMemory(0, _filled));
        _filled = 0;
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _filled > 0) { inner.Write(_chunk, 0, _filled); _filled = 0; }
        base.Dispose(disposing);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
