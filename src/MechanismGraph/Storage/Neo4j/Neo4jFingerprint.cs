using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MechanismGraph.Storage.Neo4j;

/// <summary>
/// What a generation was written from: a sum of one SHA-256 per row (statement, id, content hash, ends) and the row count.
/// A sum does not depend on order, so the seeder (graph order) and the neo4j-admin export (id order) agree on it.
/// </summary>
internal sealed class Neo4jFingerprint
{
    private readonly ulong[] _lanes = new ulong[4];
    private long _rows;

    public void Add(string statement, IReadOnlyDictionary<string, object?> row)
    {
        var line = $"{statement}\t{row["id"]}\t{row["hash"]}\t{row.GetValueOrDefault("subject")}\t{row.GetValueOrDefault("object")}";
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(line), digest);
        for (var i = 0; i < 4; i++)
            _lanes[i] += BinaryPrimitives.ReadUInt64LittleEndian(digest[(i * 8)..]); // wraps: a sum modulo 2^64 per lane
        _rows++;
    }

    public string Value => string.Concat(_lanes.Select(l => l.ToString("x16", CultureInfo.InvariantCulture))) + "-" + _rows.ToString(CultureInfo.InvariantCulture);
}
