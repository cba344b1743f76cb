namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Where and how to reach Neo4j's HTTP Query API, bound from <see cref="SectionName"/>.
/// <see cref="ToString"/> never shows <see cref="Password"/>.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "GraphBuilder:Neo4j";

    /// <summary>
    /// The server: the HTTP endpoint (<c>http://localhost:7474</c>, no path) or a driver URI
    /// (<c>neo4j+s://xxxx.databases.neo4j.io</c>, <c>bolt://host</c>), mapped by <see cref="Neo4jEndpoint"/>.
    /// </summary>
    public Uri? Uri { get; set; }

    /// <summary>The HTTP(S) port to use when <see cref="Uri"/> is a driver URI (default 7474, or 7473/443 for +s).</summary>
    public int? HttpPort { get; set; }

    public string Database { get; set; } = "neo4j";

    public string User { get; set; } = "neo4j";

    /// <summary>Set it from the environment (<c>GraphBuilder__Neo4j__Password</c>), never in a committed file.</summary>
    public string Password { get; set; } = "";

    /// <summary>Rows per UNWIND request; one request carries at most this many.</summary>
    public int BatchSize { get; set; } = 5000;

    /// <summary>
    /// Rows per write transaction. A diff up to this size is applied as one transaction (all or nothing);
    /// a larger one as several, in an order that keeps the graph consistent after each commit.
    /// </summary>
    public int MaxTransactionRows { get; set; } = 20_000;

    /// <summary>
    /// False sends every write batch as its own auto-commit request: for clusters behind a load balancer
    /// without sticky sessions, where an explicit transaction's requests may reach different members.
    /// </summary>
    public bool ExplicitTransactions { get; set; } = true;

    /// <summary>Rows per page when reading the snapshot or the whole graph.</summary>
    public int ReadPageSize { get; set; } = 10_000;

    /// <summary>How long a write transaction (a unit of work) is retried on transient failures, like the drivers' max retry time.</summary>
    public TimeSpan MaxRetryTime { get; set; } = TimeSpan.FromSeconds(30);

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

    /// <summary>The Query API endpoint <see cref="Uri"/> leads to, without its userinfo or query.</summary>
    public Uri? Endpoint => Uri is null ? null : Neo4jEndpoint.QueryApi(Uri, HttpPort);

    /// <summary>The user that logs in: the one in <see cref="Uri"/>'s userinfo when it carries a password, else <see cref="User"/>.</summary>
    public string LoginUser => Neo4jEndpoint.Credentials(Uri, User, Password).User;

    public override string ToString() => $"Neo4j database '{Database}' at {Endpoint} as user '{LoginUser}'";
}
