namespace GraphBuilder.Stores.Neo4j;

/// <summary>One entry of a Query API <c>errors</c> array, e.g. <c>Neo.TransientError.Transaction.DeadlockDetected</c>.</summary>
internal sealed record QueryApiError(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
