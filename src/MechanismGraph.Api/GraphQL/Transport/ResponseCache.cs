using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace MechanismGraph.Api.GraphQL.Transport;

/// <summary>
/// Whole responses to repeated requests, for stores whose content never changes while the service runs
/// (the embedded graph): the same request bytes and response type get the same answer, so it is sent
/// without executing again. Only error-free, warning-free answers are kept; the cache is bounded in bytes.
/// </summary>
internal sealed class ResponseCache(long maxBytes)
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = maxBytes });
    private long _hits;

    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>A digest of the response type and the request's bytes (POST body, or GET query string).</summary>
    public static string Key(string mediaType, ReadOnlySpan<byte> request)
    {
        Span<byte> prefix = stackalloc byte[64];
        var written = Encoding.ASCII.GetBytes(mediaType, prefix);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(prefix[..written]);
        hash.AppendData([0]);
        hash.AppendData(request);
        return Convert.ToBase64String(hash.GetHashAndReset());
    }

    public bool TryGet(string key, out byte[] body)
    {
        if (_cache.TryGetValue(key, out byte[]? cached) && cached is not null)
        {
            Interlocked.Increment(ref _hits);
            body = cached;
            return true;
        }
        body = [];
        return false;
    }

    public void Set(string key, byte[] body) =>
        _cache.Set(key, body, new MemoryCacheEntryOptions { Size = body.Length, SlidingExpiration = TimeSpan.FromHours(1) });
}
