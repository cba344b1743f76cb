namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Where and how to reach Neo4j's HTTP Query API, bound from <see cref="SectionName"/>.
/// <see cref="ToString"/> never shows <see cref="Password"/>.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "GraphBuilder:Neo4j";

    /// <summary>The HTTP endpoint, e.g. <c>http://localhost:7474</c> (no path).</summary>
    public Uri? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    public string User { get; set; } = "neo4j";

    /// <summary>Set it from the environment (<c>GraphBuilder__Neo4j__Password</c>), never in a committed file.</summary>
    public string Password { get; set; } = "";

    /// <summary>Rows per UNWIND request; one request carries at most this many.</summary>
    public int BatchSize { get; set; } = 5000;

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one request including all its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries after the first attempt, for retryable failures only.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First backoff delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long the circuit stays open after too many failures.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    public override string ToString() => $"Neo4j database '{Database}' at {Uri} as user '{User}'";
}
