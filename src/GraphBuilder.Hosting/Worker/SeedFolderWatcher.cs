using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// Watches the seeds folder recursively with a <see cref="FileSystemWatcher"/> and turns its events into
/// change signals, dropping editor noise. Watcher errors (buffer overflow included) become an
/// <see cref="SeedChangeKind.Overflow"/> signal. The folder itself can be deleted, recreated or replaced
/// (rename-over, <c>rm -rf</c> and copy back): a second watcher on its parent sees its name come and go
/// and re-arms the recursive watch on whatever folder now has the name, and a timer checks existence as a
/// fallback (e.g. when the parent cannot be watched). Each transition is logged and signalled as a full re-read.
/// </summary>
internal sealed class SeedFolderWatcher : ISeedChangeSource, IDisposable
{
    private readonly Channel<SeedChange> _changes = Channel.CreateUnbounded<SeedChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly string _root;
    private readonly string? _parent;
    private readonly string _name;
    private readonly TimeSpan _checkInterval;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SeedFolderWatcher> _logger;
    private FileSystemWatcher? _watcher;
    private FileSystemWatcher? _parentWatcher;
    private ITimer? _folderCheck;
    private bool _disposed;

    public SeedFolderWatcher(IOptions<GraphBuilderOptions> options, IOptions<WorkerOptions> workerOptions,
        TimeProvider timeProvider, ILogger<SeedFolderWatcher> logger)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Value.Seeds));
        _parent = Path.GetDirectoryName(_root);
        _name = Path.GetFileName(_root);
        _checkInterval = workerOptions.Value.FolderCheckInterval;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The watched folder, as an absolute path.</summary>
    public string Folder => _root;

    public ChannelReader<SeedChange> Changes => _changes.Reader;

    public void Start()
    {
        lock (_gate)
        {
            if (_disposed || _folderCheck is not null) return;
            ArmParent();
            if (Directory.Exists(_root)) Arm();
            _folderCheck = _timeProvider.CreateTimer(_ => CheckFolder(), null, _checkInterval, _checkInterval);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _folderCheck?.Dispose();
            _parentWatcher?.Dispose();
            _parentWatcher = null;
            Disarm();
        }
    }

    private void Arm() => _watcher = TryWatch(_root, recursive: true,
        NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size, watcher =>
        {
            watcher.Created += OnChanged;
            watcher.Changed += OnChanged;
            watcher.Deleted += OnChanged;
            watcher.Renamed += OnRenamed;
            watcher.Error += OnError;
        });

    /// <summary>
    /// Watches the parent for the seeds folder's own name: inotify follows a folder's inode, so a watch on a
    /// folder that was renamed away or deleted and recreated would otherwise keep listening to the old one.
    /// </summary>
    private void ArmParent()
    {
        if (_parentWatcher is not null || _parent is null || !Directory.Exists(_parent)) return;
        _parentWatcher = TryWatch(_parent, recursive: false, NotifyFilters.DirectoryName, watcher =>
        {
            watcher.Created += OnParentChanged;
            watcher.Deleted += OnParentChanged;
            watcher.Renamed += OnParentChanged;
            watcher.Error += OnParentError;
        });
    }

    private FileSystemWatcher? TryWatch(string folder, bool recursive, NotifyFilters filter, Action<FileSystemWatcher> subscribe)
    {
        try
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = recursive, InternalBufferSize = 64 * 1024, NotifyFilter = filter };
            subscribe(watcher);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Gone again between the check and the watch, or out of inotify watches: the timer tries again.
            _logger.CannotWatch(folder, ex.Message);
            return null;
        }
    }

    private void Disarm()
    {
        _watcher?.Dispose();
        _watcher = null;
    }

    /// <summary>The folder's name was created, deleted or renamed in the parent: watch whatever folder has it now.</summary>
    private void Rearm()
    {
        lock (_gate)
        {
            if (_disposed) return;
            var watched = _watcher is not null;
            Disarm();
            if (Directory.Exists(_root))
            {
                Arm();
                if (_watcher is null) return;
                if (watched) _logger.FolderReplaced(_root);
                else _logger.FolderBack(_root);
                Publish(SeedChangeKind.Overflow, _root);
            }
            else if (watched)
            {
                _logger.FolderMissing(_root);
                Publish(SeedChangeKind.Overflow, _root);
            }
        }
    }

    private void CheckFolder()
    {
        lock (_gate)
        {
            if (_disposed) return;
            ArmParent();
            var exists = Directory.Exists(_root);
            if (_watcher is not null && !exists)
            {
                Disarm();
                _logger.FolderMissing(_root);
                Publish(SeedChangeKind.Overflow, _root);
            }
            else if (_watcher is null && exists)
            {
                Arm();
                if (_watcher is null) return;
                _logger.FolderBack(_root);
                Publish(SeedChangeKind.Overflow, _root);
            }
        }
    }

    private void OnParentChanged(object sender, FileSystemEventArgs e)
    {
        if (IsSeedsFolder(e.Name) || (e is RenamedEventArgs renamed && IsSeedsFolder(renamed.OldName))) Rearm();
    }

    private void OnParentError(object sender, ErrorEventArgs e) => Rearm();

    private bool IsSeedsFolder(string? name) => string.Equals(name, _name, StringComparison.Ordinal);

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (!IsNoise(e.FullPath)) Publish(SeedChangeKind.File, e.FullPath);
        // Removing the folder itself only shows as deletions inside it; notice it now rather than at the next check.
        if (e.ChangeType == WatcherChangeTypes.Deleted) CheckFolder();
    }

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        // Editors save by writing "x.yaml.tmp" and renaming it to "x.yaml": the new name is what counts.
        if (!IsNoise(e.FullPath)) Publish(SeedChangeKind.File, e.FullPath);
        else if (!IsNoise(e.OldFullPath)) Publish(SeedChangeKind.File, e.OldFullPath);
        CheckFolder();
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        // The watcher restarts itself after an overflow; either way events were missed, so re-read everything.
        _logger.EventsLost(e.GetException().Message);
        Publish(SeedChangeKind.Overflow, _root);
        CheckFolder();
    }

    private bool IsNoise(string fullPath) => EditorNoiseFilter.IsNoise(Path.GetRelativePath(_root, fullPath));

    private void Publish(SeedChangeKind kind, string path) => _changes.Writer.TryWrite(new SeedChange(kind, path));
}
