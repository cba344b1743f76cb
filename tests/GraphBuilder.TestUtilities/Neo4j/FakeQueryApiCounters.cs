namespace GraphBuilder.Testing.Neo4j;

/// <summary>
/// What the fake Query API server has seen: requests and the rows (UNWIND elements) they carried since the
/// last reset, and the transactions its graph opened, committed and rolled back, with the largest commit in rows.
/// </summary>
public sealed record FakeQueryApiCounters(int Requests, long Rows, int Begins, int Commits, int Rollbacks, int LargestTransactionRows);
