using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.IO.Hashing;
using GraphBuilder.Schema;
using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>
/// Finds and reads the seed files and source documents under a seeds folder. Files are parsed in
/// parallel and cached by path and content hash, so a re-load after an edit re-parses only what
/// changed (the worker's incremental path). Files and documents outside the folder (via symlinks
/// or "../" paths) are refused. Thread-safe for one load at a time.
/// </summary>
public sealed class SeedCorpusLoader(Vocabulary vocabulary, SeedLimits? limits = null)
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly SeedLimits _limits = limits ?? new SeedLimits();
    private readonly SeedFileReader _reader = new(vocabulary, limits);
    private readonly ConcurrentDictionary<string, (ulong Hash, FileStamp Stamp, SeedFile File)> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (ulong Hash, FileStamp Stamp, DocumentLoad Load)> _documents = new(StringComparer.Ordinal);

    /// <summary>Loads the corpus; <see cref="CorpusLoad.FilesParsed"/> counts files actually re-parsed.</summary>
    public CorpusLoad Load(string seedsFolder, CancellationToken cancellationToken = default)
    {
        var folderDiagnostics = new DiagnosticBag();
        var root = Path.GetFullPath(seedsFolder);
        if (!Directory.Exists(root))
        {
            folderDiagnostics.Add(SourcePosition.StartOf(DisplayPath.Of(root)), "seeds folder does not exist", "pass --seeds DIR");
            return new CorpusLoad(new SeedCorpus(root, [], new Dictionary<string, DocumentLoad>(), folderDiagnostics.Items), 0);
        }

        var guard = new PathGuard(root);
        var folderLinks = new List<string>();
        var paths = FindSeedFiles(root, folderLinks);
        foreach (var link in folderLinks.Order(StringComparer.Ordinal))
            if (guard.EscapesRoot(link) is { } escape)
                folderDiagnostics.Add(SourcePosition.StartOf(DisplayPath.Of(link)), escape);

        Graph.PipelineMetrics.SeedFilesFound.Add(paths.Length);
        var parsed = 0;
        var pool = new StringPool();
        var files = new SeedFile[paths.Length];
        Parallel.For(0, paths.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (file, reparsed) = LoadFile(guard, paths[i], pool);
            files[i] = file;
            if (reparsed) Interlocked.Increment(ref parsed);
            Graph.PipelineMetrics.SeedFilesLoaded.Add(1);
        });
        foreach (var stale in _files.Keys.Except(paths, StringComparer.Ordinal).ToArray()) _files.TryRemove(stale, out _);

        // Checked in parallel too: most are unchanged, and each costs a few file-system calls.
        var named = files.SelectMany(f => f.Sources).Select(s => s.Document?.Value).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var loads = new DocumentLoad[named.Length];
        Parallel.For(0, named.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => loads[i] = LoadDocument(root, guard, named[i]));
        var documents = new Dictionary<string, DocumentLoad>(named.Length, StringComparer.Ordinal);
        for (var i = 0; i < named.Length; i++) documents[named[i]] = loads[i];
        foreach (var stale in _documents.Keys.Except(documents.Keys, StringComparer.Ordinal).ToArray()) _documents.TryRemove(stale, out _);

        return new CorpusLoad(new SeedCorpus(root, files, documents, folderDiagnostics.Items), parsed);
    }

    /// <summary>
    /// The *.yaml/*.yml files under <paramref name="root"/>. Symlinked folders are not descended into (a link to
    /// "." or ".." would loop forever); they are collected in <paramref name="folderLinks"/> so one pointing outside
    /// can be reported. One pointing inside adds nothing: its files are read where they really are.
    /// </summary>
    private static string[] FindSeedFiles(string root, List<string> folderLinks)
    {
        var files = new FileSystemEnumerable<string>(root, (ref FileSystemEntry e) => e.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.None })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) =>
            {
                if (e.IsDirectory)
                {
                    if ((e.Attributes & FileAttributes.ReparsePoint) != 0) folderLinks.Add(e.ToFullPath());
                    return false;
                }
                return e.FileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || e.FileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
            },
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return files.Order(StringComparer.Ordinal).ToArray();
    }

    private (SeedFile File, bool Reparsed) LoadFile(PathGuard guard, string path, StringPool pool)
    {
        var display = DisplayPath.Of(path);
        if (guard.EscapesRoot(path) is { } escape)
            return (SeedFile.Failed(display, [new Diagnostic(SourcePosition.StartOf(display), escape)]), false);
        byte[] bytes;
        int count;
        FileStamp stamp;
        try
        {
            // The stamp is taken before the read: a write during the read changes it for next time.
            var info = new FileInfo(path);
            stamp = FileStamp.Before(info, DateTime.UtcNow);
            if (_files.TryGetValue(path, out var unchanged) && unchanged.Stamp.Matches(info)) return (unchanged.File, false);
            var length = info.Length;
            if (length > _limits.MaxFileBytes) return (TooLargeSeedFile(display, length), false);
            // Not opened when empty: a FIFO named *.yaml also reports length 0, and opening it would block forever.
            (bytes, count) = length == 0 ? (ArrayPool<byte>.Shared.Rent(1), 0) : ReadPooled(path, _limits.MaxFileBytes);
            if (count > _limits.MaxFileBytes)
            {
                // It grew past the limit while being read.
                ArrayPool<byte>.Shared.Return(bytes);
                return (TooLargeSeedFile(display, count), false);
            }
        }
        catch (FileNotFoundException)
        {
            // Listed but gone: a dangling symlink, or deleted since the folder was listed.
            return (SeedFile.Failed(display, [new Diagnostic(SourcePosition.StartOf(display),
                "cannot read the file: it was deleted, or is a link to a file that does not exist")]), false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (SeedFile.Failed(display, [new Diagnostic(SourcePosition.StartOf(display), $"cannot read the file: {ex.Message}")]), false);
        }
        try
        {
            var content = bytes.AsSpan(0, count);
            var hash = XxHash3.HashToUInt64(content);
            if (_files.TryGetValue(path, out var cached) && cached.Hash == hash)
            {
                _files[path] = cached with { Stamp = stamp };
                return (cached.File, false);
            }
            var file = _reader.Read(content, display, pool);
            _files[path] = (hash, stamp, file);
            return (file, true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private SeedFile TooLargeSeedFile(string display, long length) => SeedFile.Failed(display, [new Diagnostic(SourcePosition.StartOf(display),
        $"file is {length / 1048576.0:0.0} MB; seed files are limited to {_limits.MaxFileBytes / 1048576.0:0.#} MB", "split it into several files")]);

    /// <summary>
    /// The whole file in a pooled buffer (seed files are often over the large-object threshold;
    /// a new array per file would force frequent full collections). Reads until the end, so a file
    /// that grew since its length was taken is read whole, but never more than one byte past
    /// <paramref name="limit"/>: a count above the limit means "too large", whatever the file claimed.
    /// </summary>
    private static (byte[] Buffer, int Count) ReadPooled(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        var cap = (int)Math.Min(limit + 1, Array.MaxLength);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(stream.Length + 1, 4096, cap));
        var count = 0;
        try
        {
            while (true)
            {
                if (count >= cap) return (buffer, count);
                if (count == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, cap));
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = stream.Read(buffer, count, Math.Min(buffer.Length, cap) - count);
                if (read == 0) return (buffer, count);
                count += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private DocumentLoad LoadDocument(string root, PathGuard guard, string relative)
    {
        if (relative.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            return new DocumentLoad(null, $"document path '{relative.Replace("\0", "\\0", StringComparison.Ordinal)}' contains a character not allowed in file paths");
        if (Path.IsPathRooted(relative))
            return new DocumentLoad(null, $"document path '{relative}' must be relative to the seeds folder");
        if (relative.Trim().Length == 0 || Path.EndsInDirectorySeparator(relative))
            return new DocumentLoad(null, $"document path '{relative}' must name a file (a path like documents/report.txt, not ending in '/')");
        try
        {
            var full = Path.GetFullPath(Path.Combine(root, relative));
            if (guard.EscapesRoot(full) is { } escape) return new DocumentLoad(null, escape);
            if (Directory.Exists(full)) return new DocumentLoad(null, $"document path '{relative}' is a folder, not a file");
            var info = new FileInfo(full);
            if (!info.Exists) return new DocumentLoad(null, $"document file '{relative}' not found in the seeds folder");
            // Pipes, sockets and devices report no length; opening one could block for ever or read without end.
            if (info.Length == 0)
                return new DocumentLoad(null, $"document '{relative}' is empty or not a regular file (a pipe, socket or device); only regular text files are read");
            if (info.Length > _limits.MaxFileBytes) return TooLarge(relative);
            var stamp = FileStamp.Before(info, DateTime.UtcNow);
            if (_documents.TryGetValue(relative, out var unchanged) && unchanged.Stamp.Matches(info)) return unchanged.Load;

            var (buffer, count) = ReadPooled(full, _limits.MaxFileBytes);
            try
            {
                if (count > _limits.MaxFileBytes) return TooLarge(relative);
                var bytes = buffer.AsSpan(0, count);
                var hash = XxHash3.HashToUInt64(bytes);
                if (_documents.TryGetValue(relative, out var cached) && cached.Hash == hash)
                {
                    _documents[relative] = cached with { Stamp = stamp };
                    return cached.Load;
                }
                // Documents are saved by whatever tool fetched them; a UTF-8 byte-order mark is not text, so it is skipped.
                if (bytes.StartsWith(Utf8Bom)) bytes = bytes[Utf8Bom.Length..];
                var text = Yaml.YamlTextDecoder.Decode(bytes, relative, new DiagnosticBag());
                var load = text is null
                    ? new DocumentLoad(null, $"document '{relative}' is not readable UTF-8 text")
                    : new DocumentLoad(SourceDocument.FromText(relative, text), null);
                _documents[relative] = (hash, stamp, load);
                return load;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Replaced, removed or locked between the checks and the read, or a special file after all.
            return new DocumentLoad(null, $"cannot read document '{relative}': {ex.Message}");
        }
    }

    private DocumentLoad TooLarge(string relative) =>
        new(null, $"document '{relative}' is larger than {_limits.MaxFileBytes / 1048576.0:0.#} MB");
}
