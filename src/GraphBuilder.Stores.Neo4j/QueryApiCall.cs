namespace GraphBuilder.Stores.Neo4j;

/// <summary>Which Query API endpoint a request went to: each one documents its own answer (see <see cref="QueryApiResponseReader"/>).</summary>
internal enum QueryApiCall
{
    /// <summary><c>POST /db/{db}/query/v2</c>: one statement in its own transaction.</summary>
    Query,

    /// <summary><c>POST …/tx</c>: opens an explicit transaction.</summary>
    Begin,

    /// <summary><c>POST …/tx/{id}</c>: a statement inside an open transaction.</summary>
    Run,

    /// <summary><c>POST …/tx/{id}/commit</c>.</summary>
    Commit,

    /// <summary><c>DELETE …/tx/{id}</c>.</summary>
    Rollback,
}
