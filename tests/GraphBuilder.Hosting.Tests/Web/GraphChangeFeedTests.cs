using System.Text.Json;
using GraphBuilder.Hosting.Tests.Support;
using GraphBuilder.Web;

namespace GraphBuilder.Hosting.Tests.Web;

/// <summary>The worker's syncs feed open views the change sets they applied, from the sync's own diff.</summary>
public sealed class GraphChangeFeedTests
{
    private const string Hosting = "facts/hosting.yaml";
    private const string IraqAbout = "about: the MKO based in Iraq for about three decades before moving to Albania";

    [Fact]
    public async Task ASavedEditOfOneFact_PublishesAChangeSet_HoldingExactlyThatRelationship_WithItsNewText()
    {
        await using var worker = WorkerHarness.Create(settings: new Dictionary<string, string?>
        {
            ["GraphBuilder:Web:Enabled"] = "true",
            ["GraphBuilder:Web:Urls"] = "http://127.0.0.1:0",
        });
        await worker.StartAsync();
        var changes = worker.Get<GraphChangeBroadcaster>();
        // The initial sync's publish follows its log line: wait for it, so the edit's is the next.
        await Eventually.TrueAsync(() => changes.Version >= 1, "the initial sync is published", worker.Dump);
        var before = changes.Version;

        worker.Folder.Edit(Hosting, IraqAbout, "about: an edited account of the MKO in Iraq");
        await Eventually.TrueAsync(() => changes.Version > before, "the sync publishes a change", worker.Dump);

        var since = changes.ReadChangesSince(changes.Epoch, before);
        Assert.Null(since.ReloadBecause);
        var set = Assert.Single(since.Changes);
        using var json = JsonDocument.Parse(set.Json!);
        var root = json.RootElement;
        foreach (var untouched in new[] { "addedNodes", "changedNodes", "removedNodes", "addedRelationships", "removedRelationships" })
            Assert.Equal(0, root.GetProperty(untouched).GetArrayLength());
        var changed = Assert.Single(root.GetProperty("changedRelationships").EnumerateArray().ToArray());
        Assert.Equal("iraq-hosted-mko", changed.GetProperty("id").GetString());
        Assert.Equal("an edited account of the MKO in Iraq", changed.GetProperty("properties").GetProperty("about").GetString());
        Assert.NotEqual(0, changed.GetProperty("properties").GetProperty("sources").GetArrayLength());
    }
}
