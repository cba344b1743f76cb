using GraphBuilder.Hosting.Worker;
using GraphBuilder.Sync;
using GraphBuilder.Validation;

namespace GraphBuilder.Hosting.Tests.Diagnostics;

/// <summary><see cref="SyncReport"/>s as the worker makes them, for observer tests.</summary>
internal static class Reports
{
    public static SyncReport Synced(DateTimeOffset at) =>
        new(SyncTrigger.Change, SyncResult.Synced, at, TimeSpan.FromMilliseconds(40),
            new SyncOutcome([], null, false, 9, 1, 25, 59, TimeSpan.FromMilliseconds(40)) { GraphHash = "0123456789abcdef0123456789abcdef" }, null);

    public static SyncReport Invalid(DateTimeOffset at, int errors) =>
        new(SyncTrigger.Change, SyncResult.Invalid, at, TimeSpan.FromMilliseconds(20),
            new SyncOutcome(Enumerable.Range(1, errors).Select(i => new Diagnostic(new SourcePosition("facts/a.yaml", i, 3), $"problem {i}")).ToArray(),
                null, false, 9, 1, 0, 0, TimeSpan.FromMilliseconds(20)), null);

    public static SyncReport Unavailable(DateTimeOffset at) =>
        new(SyncTrigger.Retry, SyncResult.Unavailable, at, TimeSpan.FromMilliseconds(5), null, "Neo4j could not be reached");
}
