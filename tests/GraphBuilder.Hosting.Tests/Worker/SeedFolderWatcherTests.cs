using GraphBuilder.Hosting.Tests.Support;
using GraphBuilder.Hosting.Worker;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting.Tests.Worker;

/// <summary>The watcher over real file-system events.</summary>
public sealed class SeedFolderWatcherTests : IDisposable
{
    private readonly TempSeeds _folder = TempSeeds.Empty();
    private readonly SeedFolderWatcher _watcher;
    private readonly FakeLogger<SeedFolderWatcher> _logger = new();

    public SeedFolderWatcherTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Seeds, "facts"));
        _watcher = new SeedFolderWatcher(
            Options.Create(new GraphBuilderOptions { Seeds = _folder.Seeds }),
            Options.Create(new WorkerOptions { FolderCheckInterval = TimeSpan.FromMilliseconds(100) }),
            TimeProvider.System, _logger);
        _watcher.Start();
    }

    [Fact]
    public async Task WritingASeedFile_InASubfolder_IsSignalled_ButEditorScratchIsNot()
    {
        _folder.Write("facts/.new.yaml.swp", "scratch");
        _folder.Write("facts/new.yaml~", "backup");
        _folder.Write("facts/new.yaml", "facts: []\n");

        var seen = await ReadUntilAsync(c => c.Path.EndsWith("new.yaml", StringComparison.Ordinal));
        Assert.DoesNotContain(seen, c => EditorNoiseFilter.IsNoise(Path.GetFileName(c.Path)));
        Assert.All(seen, c => Assert.Equal(SeedChangeKind.File, c.Kind));
    }

    [Fact]
    public async Task DeletingTheFolder_AsksForAFullReread_AndSoDoesItsReturn()
    {
        Directory.Delete(_folder.Seeds, recursive: true);
        await Eventually.TrueAsync(() => Logged(21), "the missing folder is noticed");
        await ReadUntilAsync(c => c.Kind == SeedChangeKind.Overflow);

        Directory.CreateDirectory(_folder.Seeds);
        await Eventually.TrueAsync(() => Logged(22), "the folder's return is noticed");
        await ReadUntilAsync(c => c.Kind == SeedChangeKind.Overflow);

        Drain(); // anything left over from the deletion
        _folder.Write("entities.yaml", "entities: []\n");
        await ReadUntilAsync(c => c.Path.EndsWith("entities.yaml", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _folder.Dispose();
    }

    private bool Logged(int eventId) => _logger.Collector.GetSnapshot().Any(r => r.Id.Id == eventId);

    private List<SeedChange> Drain()
    {
        var changes = new List<SeedChange>();
        while (_watcher.Changes.TryRead(out var change)) changes.Add(change);
        return changes;
    }

    private async Task<List<SeedChange>> ReadUntilAsync(Func<SeedChange, bool> wanted)
    {
        var seen = new List<SeedChange>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Eventually.Timeout);
        while (true)
        {
            var change = await _watcher.Changes.ReadAsync(timeout.Token);
            seen.Add(change);
            if (wanted(change)) return seen;
        }
    }
}
