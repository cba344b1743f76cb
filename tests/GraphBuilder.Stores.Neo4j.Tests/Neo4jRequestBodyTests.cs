using GraphBuilder.Testing;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Stores.Neo4j.Tests;

/// <summary>Request bodies are written to the connection as they are serialized, never built as one array first.</summary>
public sealed class Neo4jRequestBodyTests
{
    [Fact]
    public async Task UnwindBatches_AreStreamed_WithoutALengthUpFront()
    {
        await using var h = await StoreHarness.StartAsync();
        await h.SyncAsync(new SomeGraph().Nodes(6_000, "State").Build());

        var merges = h.Server.Requests.Where(r => r.Kind == "merge-nodes").ToArray();
        // A body buffered into a byte array is sent with its Content-Length; a streamed one goes chunked.
        Assert.All(merges, r => Assert.Null(r.ContentLength));
        Assert.Equal([5000, 1000], merges.Select(r => r.RowCount));
        Assert.Equal(6_000, h.Server.Graph.Committed.Nodes.Count);
    }

    [Fact]
    public async Task StreamedBatch_RetriedAfter503_IsSentAgainWhole()
    {
        // Auto-commit batches are retried by the HTTP pipeline, which sends the same request (and content) again.
        await using var h = await StoreHarness.StartAsync(o => o.ExplicitTransactions = false);
        h.Server.Script(r => r.Kind == "merge-nodes", FakeQueryApiResponse.StatusOnly(503));

        await h.SyncAsync(new SomeGraph().Nodes(3_000, "State").Build());

        var attempts = h.Server.Requests.Where(r => r.Kind == "merge-nodes").ToArray();
        Assert.Equal(2, attempts.Length);
        Assert.Equal(attempts[0].RawBody, attempts[1].RawBody);
        Assert.Equal(3_000, attempts[1].RowCount);
        Assert.Equal(3_000, h.Server.Graph.Committed.Nodes.Count);
    }
}
