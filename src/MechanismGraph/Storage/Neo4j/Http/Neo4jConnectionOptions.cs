namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>Where Neo4j's HTTP Query API is and how hard to try reaching it.</summary>
public sealed class Neo4jConnectionOptions
{
    /// <summary>
    /// The server's HTTP endpoint, without the <c>/db/...</c> part.
    /// </summary>
    /// <value>The default value is <c>http://localhost:7474</c>, Neo4j's default HTTP port.</value>
    public Uri Url { get; set; } = new("http://localhost:7474");

    /// <summary>The database to query.</summary>
    /// <value>The default value is <c>neo4j</c>.</value>
    public string Database { get; set; } = "neo4j";

    /// <summary>The user for Basic authentication; no Authorization header is sent when this and <see cref="BearerToken"/> are empty.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? User { get; set; }

    /// <summary>The password for Basic authentication.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Password { get; set; }

    /// <summary>A token for Bearer authentication (SSO); takes precedence over <see cref="User"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? BearerToken { get; set; }

    /// <summary>How long one HTTP request (sending it and reading the whole answer) may take.</summary>
    /// <value>The default value is 30 seconds. Must be at least 10 milliseconds.</value>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times an auto-commit read is sent again after a transient fault (connection refused,
    /// timeout, HTTP 502/503/504/429, <c>Neo.TransientError.*</c>). Writes and requests inside an
    /// explicit transaction are never retried.
    /// </summary>
    /// <value>The default value is 3, so at most 4 attempts. 0 disables retries.</value>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The delay before the first retry; each later one doubles it, with jitter.</summary>
    /// <value>The default value is 500 milliseconds.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest delay between two retries.</summary>
    /// <value>The default value is 5 seconds.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Send a per-query server-side time limit (<c>maxExecutionTime</c>, docs-query-api transaction-configuration.adoc) with
    /// path searches, so the server stops one the client gave up on. Only Neo4j 2026.04 and later know the field; on older
    /// servers leave it off and bound every query with the server setting <c>db.transaction.timeout</c> instead
    /// (docker-compose.yml sets it).
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool SendServerTimeouts { get; set; }

    internal void Validate()
    {
        if (!Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"Neo4j Url must be an absolute http or https URL, not '{Url}'.", nameof(Url));
        if (string.IsNullOrWhiteSpace(Database))
            throw new ArgumentException("Neo4j Database must not be empty.", nameof(Database));
        if (RequestTimeout < TimeSpan.FromMilliseconds(10))
            throw new ArgumentOutOfRangeException(nameof(RequestTimeout), RequestTimeout, "Neo4j RequestTimeout must be at least 10 ms.");
        if (MaxRetries < 0)
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "Neo4j MaxRetries must not be negative.");
        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay)
            throw new ArgumentOutOfRangeException(nameof(BaseDelay), BaseDelay, "Neo4j BaseDelay must be between zero and MaxDelay.");
    }
}
