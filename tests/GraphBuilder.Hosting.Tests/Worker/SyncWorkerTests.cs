using System.Text.RegularExpressions;
using GraphBuilder.Hosting.Tests.Support;
using GraphBuilder.Hosting.Worker;
using GraphBuilder.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Hosting.Tests.Worker;

/// <summary>The worker end to end: a real host, real file events, a temporary SQLite store.</summary>
public sealed class SyncWorkerTests
{
    private const string Hosting = "facts/hosting.yaml";
    private const string IraqAbout = "about: the MKO based in Iraq for about three decades before moving to Albania";

    [Fact]
    public async Task Start_SyncsTheSeedsIntoTheStore_AndTellsListeners()
    {
        await using var worker = WorkerHarness.Create();
        await worker.StartAsync();

        Assert.Equal(GraphFingerprint.OfSeeds(worker.Folder.Seeds), await worker.StoreFingerprintAsync());
        var line = worker.SyncLines.Single();
        Assert.Equal("Initial", line.GetStructuredStateValue("Trigger"));
        Assert.Equal("9", line.GetStructuredStateValue("FilesParsed"));
        Assert.Matches(@"^Synced \(Initial\): 9 of 9 files re-read; nodes \+25 ~0 -0, relationships \+54 ~0 -0; .* ms$", line.Message);
        await Eventually.TrueAsync(() => worker.Listener.Outcomes.Count == 1, "the listener hears of the sync");
        Assert.True(worker.Listener.Outcomes.Single().Applied);
    }

    [Fact]
    public async Task Edit_UpdatesTheStore_RereadingOnlyTheChangedFile()
    {
        await using var worker = WorkerHarness.Create();
        await worker.StartAsync();
        var before = await worker.StoreFingerprintAsync();

        worker.Folder.Edit(Hosting, IraqAbout, "about: the MKO, based in Iraq for three decades");

        await worker.WaitForStoreToMatchSeedsAsync();
        Assert.NotEqual(before, await worker.StoreFingerprintAsync());
        var line = await worker.WaitForSyncLineAsync(l => l.GetStructuredStateValue("RelationshipsChanged") == "1", "the edit's sync is logged");
        Assert.Equal("Change", line.GetStructuredStateValue("Trigger"));
        Assert.Equal("1", line.GetStructuredStateValue("FilesParsed"));
        await Eventually.TrueAsync(() => worker.Listener.Outcomes.Any(o => o.Diff!.ChangedRelationships.Any(r => r.Id == "iraq-hosted-mko")),
            "the listener hears of the changed fact");
    }

    // A report of the test's own, so the warning does not depend on the shipped seeds' wording.
    private const string WarnedSource = "sources:\n  - {id: test-wire, title: T, publisher: Test Wire, published: 2022-09-10, document: documents/test-wire.txt}\n";
    private const string WarnedFact = "facts:\n  - {id: nato-accuses-iran, type: ACCUSES, subject: nato, object: iran, "
        + "sources: [{source: test-wire, quote: Albania accused Iran of the cyberattack}]}\n";

    private static void AddWarnedFact(Support.TempSeeds folder)
    {
        folder.Write("documents/test-wire.txt", "Albania accused Iran of the cyberattack against its government systems.\n");
        folder.Write("test-wire.yaml", WarnedSource + WarnedFact);
    }

    [Fact]
    public async Task Warning_IsLoggedWithItsPosition_OnEverySyncItOccurs_AndTheFactSyncs()
    {
        await using var worker = WorkerHarness.Create();
        await worker.StartAsync();

        AddWarnedFact(worker.Folder);
        await worker.WaitForStoreToMatchSeedsAsync();
        await worker.WaitForEventAsync(11);
        worker.Folder.Edit(Hosting, IraqAbout, "about: edited while the warning stands");
        await worker.WaitForEventAsync(11, count: 2);

        Assert.All(worker.Events(11), w => Assert.Matches(new Regex(@"^.*test-wire\.yaml:\d+:\d+: warning: quote does not name the subject 'nato'"), w.Message));
    }

    [Fact]
    public async Task Strict_TreatsAWarningAsAnError_KeepingTheLastGoodGraph()
    {
        await using var worker = WorkerHarness.Create(settings: new Dictionary<string, string?> { ["GraphBuilder:Worker:Strict"] = "true" });
        await worker.StartAsync();
        var before = await worker.StoreFingerprintAsync();

        AddWarnedFact(worker.Folder);
        await worker.WaitForEventAsync(3);

        Assert.Equal(before, await worker.StoreFingerprintAsync());
        Assert.Contains(worker.Events(4), p => p.Message.Contains("quote does not name the subject 'nato'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidEdit_LeavesTheStoreUnchanged_LogsEachProblemWithItsPosition_AndTheFixSyncs()
    {
        await using var worker = WorkerHarness.Create();
        await worker.StartAsync();
        var before = await worker.StoreFingerprintAsync();

        worker.Folder.Edit(Hosting, "subject: iraq", "subject: irak");
        await worker.WaitForEventAsync(3);

        Assert.Equal(before, await worker.StoreFingerprintAsync());
        var problems = worker.Events(4);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Matches(new Regex(@"facts/hosting\.yaml:\d+:\d+: .+"), p.Message));
        Assert.Contains(problems, p => p.Message.Contains("irak", StringComparison.Ordinal));
        Assert.Single(worker.Listener.Outcomes);

        worker.Folder.Edit(Hosting, "subject: irak", "subject: iraq");
        worker.Folder.Edit(Hosting, IraqAbout, "about: fixed and edited");
        await worker.WaitForStoreToMatchSeedsAsync();
        await Eventually.TrueAsync(() => worker.Listener.Outcomes.Count == 2, "the listener hears of the fixed sync");
    }

    [Fact]
    public async Task DeletingAFile_RemovesItsFactsFromTheStore()
    {
        await using var worker = WorkerHarness.Create();
        await worker.StartAsync();
        var held = await GraphFingerprint.SnapshotAsync(worker.Folder.Database);
        Assert.Contains("united-states-sanctions-iran-mois", held.Relationships.Keys);

        File.Delete(worker.Folder.PathOf("facts/sanctions.yaml"));

        await worker.WaitForStoreToMatchSeedsAsync();
        var after = await GraphFingerprint.SnapshotAsync(worker.Folder.Database);
        Assert.DoesNotContain("united-states-sanctions-iran-mois", after.Relationships.Keys);
        Assert.DoesNotContain("united-states-sanctions-esmail-khatib", after.Relationships.Keys);
        Assert.Equal(held.Relationships.Count - 2, after.Relationships.Count);
    }

    [Fact]
    public async Task RenamingAFile_KeepsTheSameGraph()
    {
        await using var worker = WorkerHarness.Create();
        await worker.StartAsync();
        var before = await worker.StoreFingerprintAsync();

        File.Move(worker.Folder.PathOf(Hosting), worker.Folder.PathOf("facts/hosting-moved.yaml"));

        await worker.WaitForSyncsAsync(2);
        Assert.Equal(before, await worker.StoreFingerprintAsync());
        Assert.Single(worker.Listener.Outcomes);
    }

    [Fact]
    public async Task BurstOfSaves_GivesOneOrTwoSyncs_EndingWithTheLastSave()
    {
        await using var worker = WorkerHarness.Create();
        await worker.StartAsync();
        var original = worker.Folder.Read(Hosting);

        for (var i = 1; i <= 20; i++)
            worker.Folder.Write(Hosting, original.Replace(IraqAbout, $"about: save number {i}", StringComparison.Ordinal));

        await worker.WaitForStoreToMatchSeedsAsync();
        // Let any straggling events settle, then count.
        await Task.Delay(worker.Get<Microsoft.Extensions.Options.IOptions<WorkerOptions>>().Value.Debounce * 3, TestContext.Current.CancellationToken);
        Assert.InRange(worker.SyncLines.Count - 1, 1, 2);
        Assert.Contains("save number 20", worker.Folder.Read(Hosting), StringComparison.Ordinal);
        Assert.Equal(GraphFingerprint.OfSeeds(worker.Folder.Seeds), await worker.StoreFingerprintAsync());
    }

    [Fact]
    public async Task InvalidEdit_TellsListenersTheSeedsAreInvalid_AndTheFixThatTheyAreValidAgain()
    {
        await using var worker = WorkerHarness.Create();
        await worker.StartAsync();

        worker.Folder.Edit(Hosting, "subject: iraq", "subject: irak");
        await Eventually.TrueAsync(() => worker.Listener.Checked.Any(o => !o.IsValid), "the listener hears of the invalid seeds");
        var invalid = worker.Listener.Checked.First(o => !o.IsValid);
        Assert.Contains(invalid.Diagnostics, d => d.Position.Path.EndsWith("hosting.yaml", StringComparison.Ordinal) && d.Position.Line > 0);
        Assert.Single(worker.Listener.Outcomes); // nothing was written, so no graph change

        worker.Folder.Edit(Hosting, "subject: irak", "subject: iraq");
        await Eventually.TrueAsync(() => worker.Listener.Checked.Last().IsValid, "the listener hears the seeds are valid again");
    }

    [Fact]
    public async Task StoreFailure_TellsListenersTheStoreIsBehind()
    {
        await using var worker = WorkerHarness.Create(WorkerHarness.WrapStore(inner => new FlakyGraphStore(inner)));
        await worker.StartAsync();
        worker.Get<FlakyGraphStore>().FailNext(1, transient: false);

        worker.Folder.Edit(Hosting, IraqAbout, "about: rejected edit");

        await Eventually.TrueAsync(() => worker.Listener.StoreFailures.Count == 1, "the listener hears of the failed write");
        Assert.Contains("test store rejected the write", worker.Listener.StoreFailures.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoppingDuringAWrite_LeavesTheOldOrTheNewGraph_NeverHalf()
    {
        await using var worker = WorkerHarness.Create(WorkerHarness.WrapStore(inner => new SlowApplyGraphStore(inner, TimeSpan.FromSeconds(1))));
        await worker.StartAsync();
        var old = await worker.StoreFingerprintAsync();
        var applying = worker.Get<SlowApplyGraphStore>().ArmNextApply();

        File.Delete(worker.Folder.PathOf("facts/sanctions.yaml"));
        var updated = GraphFingerprint.OfSeeds(worker.Folder.Seeds);
        await applying.WaitAsync(Eventually.Timeout, TestContext.Current.CancellationToken);
        await worker.Host.StopAsync(TestContext.Current.CancellationToken);

        var held = await worker.StoreFingerprintAsync();
        Assert.True(held == old || held == updated, "the store holds a graph that is neither the old nor the new one");
        Assert.Single(worker.Events(9));
    }

    [Fact]
    public async Task StoreUnavailable_RetriesWithBackoff_AndLosesNoEdit()
    {
        await using var worker = WorkerHarness.Create(WorkerHarness.WrapStore(inner => new FlakyGraphStore(inner)));
        await worker.StartAsync();
        var store = worker.Get<FlakyGraphStore>();
        store.FailNext(4);

        worker.Folder.Edit(Hosting, IraqAbout, "about: first edit while the store is down");
        await worker.WaitForEventAsync(5);
        File.Delete(worker.Folder.PathOf("facts/sanctions.yaml"));

        await worker.WaitForStoreToMatchSeedsAsync();
        Assert.Equal(4, store.Failures);
        var retries = worker.Events(5);
        Assert.Equal(4, retries.Count);
        Assert.Equal(["1", "2", "3", "4"], retries.Select(r => r.GetStructuredStateValue("Attempt")));
        await worker.WaitForSyncLineAsync(l => l.GetStructuredStateValue("Trigger") == "Retry", "a retry sync is logged");
    }

    [Fact]
    public async Task NonTransientStoreFailure_IsLogged_AndTheWorkerWaitsForTheNextChange()
    {
        await using var worker = WorkerHarness.Create(WorkerHarness.WrapStore(inner => new FlakyGraphStore(inner)));
        await worker.StartAsync();
        var before = await worker.StoreFingerprintAsync();
        worker.Get<FlakyGraphStore>().FailNext(1, transient: false);

        worker.Folder.Edit(Hosting, IraqAbout, "about: rejected edit");
        await worker.WaitForEventAsync(6);
        Assert.Contains("test store rejected the write", worker.Events(6).Single().Message, StringComparison.Ordinal);
        Assert.Empty(worker.Events(5));
        Assert.Equal(before, await worker.StoreFingerprintAsync());

        worker.Folder.Edit(Hosting, "about: rejected edit", "about: accepted edit");
        await worker.WaitForStoreToMatchSeedsAsync();
    }

    [Fact]
    public async Task OverflowSignal_RereadsTheFolder_AndLogsTheTrigger()
    {
        var source = new ManualSeedChangeSource();
        await using var worker = WorkerHarness.Create(services => services.AddSingleton<ISeedChangeSource>(source));
        await worker.StartAsync();

        worker.Folder.Edit(Hosting, IraqAbout, "about: changed while events were lost");
        source.Push(new SeedChange(SeedChangeKind.Overflow, worker.Folder.Seeds));

        await worker.WaitForStoreToMatchSeedsAsync();
        await worker.WaitForSyncLineAsync(l => l.GetStructuredStateValue("Trigger") == "Overflow", "an overflow sync is logged");
    }

    [Fact]
    public async Task SignalWithoutContentChange_Syncs_ButDoesNotCallListeners()
    {
        var source = new ManualSeedChangeSource();
        await using var worker = WorkerHarness.Create(services => services.AddSingleton<ISeedChangeSource>(source));
        await worker.StartAsync();

        source.Push(new SeedChange(SeedChangeKind.File, worker.Folder.PathOf(Hosting)));

        await worker.WaitForSyncsAsync(2);
        Assert.Equal("0", worker.SyncLines.Last().GetStructuredStateValue("FilesParsed"));
        Assert.Single(worker.Listener.Outcomes);
    }

    [Fact]
    public async Task SeedsFolderDeletedAndRecreated_KeepsTheStore_ThenSyncsTheNewContent()
    {
        await using var worker = WorkerHarness.Create();
        await worker.StartAsync();
        var before = await worker.StoreFingerprintAsync();
        var away = Path.Combine(worker.Folder.Root, "seeds-away");

        Directory.Move(worker.Folder.Seeds, away);
        await worker.WaitForEventAsync(21);
        await worker.WaitForEventAsync(3);
        Assert.Equal(before, await worker.StoreFingerprintAsync());

        File.Delete(Path.Combine(away, "facts/sanctions.yaml"));
        Directory.Move(away, worker.Folder.Seeds);
        await worker.WaitForEventAsync(22);
        await worker.WaitForStoreToMatchSeedsAsync();
        Assert.NotEqual(before, await worker.StoreFingerprintAsync());

        // The new folder is watched, not just re-read once.
        worker.Folder.Edit(Hosting, IraqAbout, "about: edited in the recreated folder");
        await worker.WaitForStoreToMatchSeedsAsync();
    }
}
