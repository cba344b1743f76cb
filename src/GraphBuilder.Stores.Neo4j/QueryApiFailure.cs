namespace GraphBuilder.Stores.Neo4j;

/// <summary>What kind of failure a <see cref="QueryApiException"/> reports, where the next step differs.</summary>
internal enum QueryApiFailure
{
    /// <summary>Any error Neo4j named in the body, or an unexpected HTTP status.</summary>
    Error,

    /// <summary>The configured database does not exist on the server.</summary>
    DatabaseNotFound,

    /// <summary>The server does not know the explicit transaction (expired, terminated, or another cluster member).</summary>
    TransactionNotFound,

    /// <summary>The server answers HTTP but its Query API module is not enabled.</summary>
    QueryApiDisabled,

    /// <summary>The transaction outgrew Neo4j's transaction memory.</summary>
    MemoryLimit,

    /// <summary>A 2xx answer whose body is not what the endpoint documents: the outcome is unknown.</summary>
    Protocol,

    /// <summary>A statement of the transaction still runs on the server, which refuses other requests to it (a rollback too).</summary>
    TransactionBusy,
}
