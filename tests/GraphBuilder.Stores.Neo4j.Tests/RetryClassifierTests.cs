namespace GraphBuilder.Stores.Neo4j.Tests;

/// <summary>The drivers' managed-transaction retry contract, entry by entry (docs/neo4j.md, "Retries").</summary>
public sealed class RetryClassifierTests
{
    private static readonly (string Code, bool Retried)[] Cases =
    [
        ("Neo.TransientError.*", true),
        ("Neo.TransientError.Transaction.DeadlockDetected", true),
        ("Neo.TransientError.Transaction.LockAcquisitionTimeout", true),
        ("Neo.TransientError.General.DatabaseUnavailable", true),
        ("Neo.ClientError.Cluster.NotALeader", true),
        ("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", true),
        ("Neo.ClientError.Security.AuthorizationExpired", true),
        ("Neo.TransientError.Transaction.Terminated", false),
        ("Neo.TransientError.Transaction.LockClientStopped", false),
        ("Neo.ClientError.Transaction.Terminated", false),
        ("Neo.TransientError.General.MemoryPoolOutOfMemoryError", false),
        ("Neo.ClientError.Schema.ConstraintValidationFailed", false),
        ("Neo.ClientError.Statement.SyntaxError", false),
        ("Neo.ClientError.Security.Forbidden", false),
        ("Neo.DatabaseError.General.UnknownError", false),
    ];

    public static TheoryData<string, bool> All => new(Cases);

    [Theory]
    [MemberData(nameof(All))]
    public void Code_IsRetriedAsTheDriversDo(string code, bool retried) =>
        Assert.Equal(retried, TransientErrorClassifier.IsRetryableCode(code));

    [Fact]
    public void EveryEntryOfTheTable_HasACase() =>
        Assert.Empty(TransientErrorClassifier.Codes.Keys.Except(Cases.Select(c => c.Code)));
}
