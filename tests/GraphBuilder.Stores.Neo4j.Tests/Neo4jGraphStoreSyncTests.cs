using GraphBuilder.Graph;
using GraphBuilder.Testing;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Stores.Neo4j.Tests;

public sealed class Neo4jGraphStoreSyncTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static GraphData SmallGraph() => new SomeGraph()
        .Node("albania", "State", "Albania", ["Tirana"])
        .Node("iran", "State", "Iran")
        .Node("nato", "Organisation", "NATO")
        .Node("src-1", "Source", "Source one")
        .Relationship("f1", "ACCUSES", "albania", "iran")
        .Relationship("albania/MEMBER_OF/nato", "MEMBER_OF", "albania", "nato")
        .Build();

    [Fact]
    public async Task Sync_CreatesIdConstraintForEveryLabelAndType_BeforeOpeningTheTransaction()
    {
        await using var h = await StoreHarness.StartAsync();
        await h.SyncAsync(SmallGraph());

        var requests = h.Server.Requests;
        var constraints = requests.Where(r => r.Kind == "constraint").ToArray();
        var expected = h.Vocabulary.NodeLabels.Concat(h.Vocabulary.RelationshipTypes.Keys).Select(n => $"gb_{n}_id")
            .Append("gb_GraphBuilderSync_key").Order().ToArray();
        Assert.Equal(expected, h.Server.Graph.Constraints.Order().ToArray());
        Assert.All(constraints, c => Assert.True(c.IsAutoCommit));
        Assert.Contains(constraints, c => c.Statement!.Contains("FOR ()-[r:`ACCUSES`]-() REQUIRE r.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(constraints, c => c.Statement!.Contains("FOR (n:`State`) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        var begin = requests.ToList().FindIndex(r => r.IsBegin);
        Assert.True(requests.ToList().FindLastIndex(r => r.Kind == "constraint") < begin);
    }

    [Fact]
    public async Task Sync_Sends12000NodesOfOneLabel_AsThreeUnwindRequests()
    {
        await using var h = await StoreHarness.StartAsync();
        await h.SyncAsync(new SomeGraph().Nodes(12_000, "State").Build());

        var merges = h.Server.Requests.Where(r => r.Kind == "merge-nodes").ToArray();
        Assert.Equal([5000, 5000, 2000], merges.Select(r => r.RowCount));
        Assert.Equal(12_000, h.Server.Graph.Committed.Nodes.Count);
        Assert.Equal(1, h.Server.Graph.Commits);
    }

    [Fact]
    public async Task Sync_GroupsRelationshipsByTypeAndEndpointLabels_InBatches()
    {
        await using var h = await StoreHarness.StartAsync(o => o.BatchSize = 2);
        var graph = new SomeGraph().Nodes(3, "State", "s").Node("nato", "Organisation")
            .Relationship("a1", "ACCUSES", "s-0", "s-1").Relationship("a2", "ACCUSES", "s-1", "s-2").Relationship("a3", "ACCUSES", "s-2", "s-0")
            .Relationship("m1", "MEMBER_OF", "s-0", "nato")
            .Build();
        await h.SyncAsync(graph);

        var merges = h.Server.Requests.Where(r => r.Kind == "merge-relationships").ToArray();
        Assert.Equal([2, 1, 1], merges.Select(r => r.RowCount));
        Assert.Equal(["State", "State", "ACCUSES"], merges[0].QuotedNames);
        Assert.Equal(["State", "Organisation", "MEMBER_OF"], merges[2].QuotedNames);
        Assert.Equal(4, h.Server.Graph.Committed.Relationships.Count);
    }

    [Fact]
    public async Task SecondSync_SendsOnlyChangedRows()
    {
        await using var h = await StoreHarness.StartAsync();
        await h.SyncAsync(SmallGraph());
        h.Server.ClearRequests();

        var changed = new SomeGraph()
            .Node("albania", "State", "Republic of Albania", ["Tirana"])   // changed
            .Node("iran", "State", "Iran")
            .Node("nato", "Organisation", "NATO")
            .Node("src-1", "Source", "Source one")
            .Node("us", "State", "United States")                        // added
            .Relationship("f1", "ACCUSES", "albania", "iran")
            .Build();                                                     // MEMBER_OF removed
        var diff = await h.SyncAsync(changed);

        Assert.Equal(new DiffCounts(1, 1, 0, 0, 0, 1), diff.Counts);
        var requests = h.Server.Requests;
        Assert.Equal(["albania", "us"], requests.Where(r => r.Kind == "merge-nodes").SelectMany(Ids).Order());
        Assert.Equal(["albania/MEMBER_OF/nato"], requests.Where(r => r.Kind == "delete-relationships").SelectMany(Ids));
        Assert.DoesNotContain(requests, r => r.Kind is "merge-relationships" or "delete-nodes");
        Assert.Equal(StoreSnapshot.Of(changed).Nodes, await SnapshotNodes(h));
    }

    [Fact]
    public async Task Resync_OfUnchangedCorpus_SendsOnlyTheSnapshotPages()
    {
        await using var h = await StoreHarness.StartAsync();
        await h.SyncAsync(SmallGraph());
        h.Server.ClearRequests();

        var diff = await h.SyncAsync(SmallGraph());

        Assert.True(diff.IsEmpty);
        // The marker that tells "up to date" from "partial" comes with the first page of nodes.
        Assert.Equal(["snapshot-nodes", "snapshot-relationships"], h.Server.Requests.Select(r => r.Kind));
    }

    [Fact]
    public async Task SnapshotsFirstPage_CarriesTheMarker_AsTheMarkerReadReturnsIt()
    {
        await using var h = await StoreHarness.StartAsync(o => o.ReadPageSize = 2);
        var store = h.NewStore();
        Assert.Null((await store.ReadSnapshotAndMarkerAsync(Token)).Marker);
        await h.SyncAsync(SmallGraph());

        var (snapshot, marker) = await store.ReadSnapshotAndMarkerAsync(Token);

        Assert.Equal(StoreSnapshot.Of(SmallGraph()).Nodes, snapshot.Nodes);
        Assert.Equal(await store.ReadSyncMarkerAsync(Token), marker);
        Assert.Equal(SmallGraph().ContentHash, marker!.GraphHash);
    }

    [Fact]
    public async Task ChangedRelationshipEndpoints_AreDeletedAndRecreated()
    {
        await using var h = await StoreHarness.StartAsync();
        await h.SyncAsync(SmallGraph());
        var moved = new SomeGraph()
            .Node("albania", "State", "Albania", ["Tirana"]).Node("iran", "State", "Iran").Node("nato", "Organisation", "NATO").Node("src-1", "Source", "Source one")
            .Relationship("f1", "ACCUSES", "iran", "albania")
            .Relationship("albania/MEMBER_OF/nato", "MEMBER_OF", "albania", "nato")
            .Build();

        await h.SyncAsync(moved);

        Assert.Equal(("iran", "albania"), (h.Server.Graph.Committed.Relationships["f1"].StartId, h.Server.Graph.Committed.Relationships["f1"].EndId));
    }

    [Fact]
    public async Task Apply_WithoutPriorSnapshot_LooksUpEndpointLabelsBeforeTheTransaction()
    {
        await using var h = await StoreHarness.StartAsync();
        await h.SyncAsync(SmallGraph());
        var withNewFact = new SomeGraph()
            .Node("albania", "State", "Albania", ["Tirana"]).Node("iran", "State", "Iran").Node("nato", "Organisation", "NATO").Node("src-1", "Source", "Source one")
            .Relationship("f1", "ACCUSES", "albania", "iran").Relationship("albania/MEMBER_OF/nato", "MEMBER_OF", "albania", "nato")
            .Relationship("f2", "CONDEMNS", "nato", "iran")
            .Build();
        var diff = GraphDiff.Between(StoreSnapshot.Of(SmallGraph()), withNewFact);
        h.Server.ClearRequests();

        await h.NewStore().ApplyAsync(diff, Token);

        Assert.Contains(h.Server.Requests, r => r.Kind == "lookup-label" && r.IsAutoCommit);
        Assert.True(h.Server.Requests.ToList().FindLastIndex(r => r.Kind == "lookup-label") < h.Server.Requests.ToList().FindIndex(r => r.IsBegin));
        Assert.Equal("CONDEMNS", h.Server.Graph.Committed.Relationships["f2"].Type);
    }

    [Fact]
    public async Task FailedBatch_RollsBackTheTransaction_AndLeavesTheGraphAsItWas()
    {
        await using var h = await StoreHarness.StartAsync();
        h.Server.Script(r => r.Kind == "merge-relationships",
            FakeQueryApiResponse.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists"));

        var error = await Assert.ThrowsAsync<QueryApiException>(() => h.SyncAsync(SmallGraph()));

        Assert.False(error.IsTransient);
        var rollback = Assert.Single(h.Server.Requests, r => r.IsRollback);
        Assert.Equal(FakeGraphInterpreter.AffinityOf(0), rollback.ClusterAffinity);
        Assert.DoesNotContain(h.Server.Requests, r => r.IsCommit);
        Assert.Empty(h.Server.Graph.Committed.Nodes);
        Assert.Equal(1, h.Server.Graph.Rollbacks);
    }

    [Fact]
    public async Task EveryRequestOfTheTransaction_IncludingCommit_CarriesTheAffinityHeader()
    {
        await using var h = await StoreHarness.StartAsync();
        await h.SyncAsync(SmallGraph());

        var inTransaction = h.Server.Requests.Where(r => r.TransactionId is not null).ToArray();
        Assert.Contains(inTransaction, r => r.IsCommit);
        Assert.All(inTransaction, r => Assert.Equal(FakeGraphInterpreter.AffinityOf(0), r.ClusterAffinity));
        Assert.All(inTransaction.Where(r => !r.IsCommit), r => Assert.NotNull(r.Kind));
    }

    [Fact]
    public async Task ReadsAfterASync_CarryTheCommitBookmarks()
    {
        await using var h = await StoreHarness.StartAsync();
        await h.SyncAsync(SmallGraph());
        h.Server.ClearRequests();

        await h.NewStore().ReadGraphAsync(Token);
        await h.NewStore().FindRelationshipsAsync(new([]), Token);

        Assert.NotEmpty(h.Server.Graph.LastBookmarks);
        Assert.All(h.Server.Requests, r => Assert.Equal(h.Server.Graph.LastBookmarks, r.Bookmarks));
    }

    private static IEnumerable<string> Ids(RecordedQueryRequest r) =>
        r.Parameters.TryGetValue("ids", out var ids)
            ? ((IEnumerable<object?>)ids!).Cast<string>()
            : ((IEnumerable<object?>)r.Parameters["rows"]!).Cast<IReadOnlyDictionary<string, object?>>().Select(row => (string)row["id"]!);

    private static async Task<IReadOnlyDictionary<string, ElementState>> SnapshotNodes(StoreHarness h) =>
        (await h.NewStore().ReadSnapshotAsync(Token)).Nodes;
}
