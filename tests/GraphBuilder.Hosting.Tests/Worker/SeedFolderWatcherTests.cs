using GraphBuilder.Hosting.Tests.Support;
using GraphBuilder.Hosting.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting.Tests.Worker;

/// <summary>The watcher over real file-system events.</summary>
public sealed class SeedFolderWatcherTests : IDisposable
{
    private readonly TempSeeds _folder = new(copySeeds: false);
    private readonly SeedFolderWatcher _watcher;

    public SeedFolderWatcherTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Seeds, "facts"));
        _watcher = new SeedFolderWatcher(
            Options.Create(new GraphBuilderOptions { Seeds = _folder.Seeds }),
            Options.Create(new WorkerOptions { FolderCheckInterval = TimeSpan.FromMilliseconds(100) }),
            TimeProvider.System, NullLogger<SeedFolderWatcher>.Instance);
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
        await ReadUntilAsync(c => c.Kind == SeedChangeKind.Overflow);

        Directory.CreateDirectory(_folder.Seeds);
        await ReadUntilAsync(c => c.Kind == SeedChangeKind.Overflow);
        _folder.Write("entities.yaml", "entities: []\n");
        await ReadUntilAsync(c => c.Path.EndsWith("entities.yaml", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _folder.Dispose();
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
