using System.Buffers;
using System.IO.Enumeration;
using System.IO.Hashing;
using GraphBuilder.Files;
using GraphBuilder.Schema;
using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>
/// Finds and reads the seed files and source documents under a seeds folder. Files are parsed in
/// parallel; given the previous load, a file or document whose content is unchanged is not parsed
/// again (the worker's incremental path; <see cref="Graph.IncrementalBuild"/> keeps that load).
/// Files and documents outside the folder (via symlinks or "../" paths) are refused. Keeps nothing
/// between loads: thread-safe.
/// </summary>
public sealed class SeedCorpusLoader(Vocabulary vocabulary, SeedLimits? limits = null)
{
    private readonly SeedLimits _limits = limits ?? new SeedLimits();
    private readonly SeedFileReader _reader = new(vocabulary, limits);

    /// <summary>Loads the corpus, parsing every file.</summary>
    public CorpusLoad Load(string seedsFolder, CancellationToken cancellationToken = default) => Load(seedsFolder, null, cancellationToken);

    /// <summary>
    /// Loads the corpus, reusing from <paramref name="previous"/> the parse of each file whose path
    /// and content hash are the same, and each document whose content hash is (a file's length and
    /// write time, when settled, stand for its hash: see <see cref="FileStamp"/>).
    /// <see cref="CorpusLoad.FilesParsed"/> counts files actually parsed.
    /// </summary>
    internal CorpusLoad Load(string seedsFolder, CorpusLoad? previous, CancellationToken cancellationToken) =>
        Load(seedsFolder, previous, holdDocuments: true, cancellationToken);

    /// <summary>
    /// As <see cref="Load(string, CorpusLoad?, CancellationToken)"/>; unless <paramref name="holdDocuments"/>, reads no
    /// document: <see cref="SeedCorpus.Documents"/> is empty, and <see cref="CorpusLoad.Documents"/> reads each when asked.
    /// </summary>
    internal CorpusLoad Load(string seedsFolder, CorpusLoad? previous, bool holdDocuments, CancellationToken cancellationToken)
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

        var earlier = new Dictionary<string, LoadedFile>(StringComparer.Ordinal);
        foreach (var file in previous?.Loaded ?? []) if (file is not null) earlier[file.FullPath] = file;
        var earlierDocuments = previous?.LoadedDocuments ?? new Dictionary<string, LoadedDocument>();

        Graph.PipelineMetrics.SeedFilesFound.Add(paths.Length);
        var parsed = 0;
        var pool = new StringPool();
        var loaded = new LoadedFile?[paths.Length];
        var files = new SeedFile[paths.Length];
        Parallel.For(0, paths.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (file, read, reparsed) = LoadFile(guard, paths[i], earlier.GetValueOrDefault(paths[i]), pool);
            (files[i], loaded[i]) = (file, read);
            if (reparsed) Interlocked.Increment(ref parsed);
            Graph.PipelineMetrics.SeedFilesLoaded.Add(1);
        });

        if (!holdDocuments)
            return new CorpusLoad(new SeedCorpus(root, files, new Dictionary<string, DocumentLoad>(), folderDiagnostics.Items), parsed)
            {
                Loaded = loaded,
                Documents = CorpusDocuments.ReadWhenAsked(relative => LoadDocument(root, guard, relative, null).Load),
            };

        // Checked in parallel too: most are unchanged, and each costs a few file-system calls.
        var named = files.SelectMany(f => f.Sources).Select(s => s.Document?.Value).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var reads = new (DocumentLoad Load, FileStamp? Stamp)[named.Length];
        Parallel.For(0, named.Length, new ParallelOptions { CancellationToken = cancellationToken },
            i => reads[i] = LoadDocument(root, guard, named[i], earlierDocuments.GetValueOrDefault(named[i])));
        var documents = new Dictionary<string, DocumentLoad>(named.Length, StringComparer.Ordinal);
        var loadedDocuments = new Dictionary<string, LoadedDocument>(named.Length, StringComparer.Ordinal);
        for (var i = 0; i < named.Length; i++)
        {
            documents[named[i]] = reads[i].Load;
            if (reads[i].Stamp is { } stamp) loadedDocuments[named[i]] = new LoadedDocument(stamp, reads[i].Load);
        }

        var corpus = new SeedCorpus(root, files, documents, folderDiagnostics.Items);
        return new CorpusLoad(corpus, parsed)
        {
            Loaded = loaded,
            LoadedDocuments = loadedDocuments,
            Documents = CorpusDocuments.HeldBy(corpus),
        };
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

    /// <summary>The file's parse, and what was read (null when the file could not be), reusing <paramref name="earlier"/> when its content is the same.</summary>
    private (SeedFile File, LoadedFile? Read, bool Reparsed) LoadFile(PathGuard guard, string path, LoadedFile? earlier, StringPool pool)
    {
        var display = DisplayPath.Of(path);
        if (guard.EscapesRoot(path) is { } escape)
            return (SeedFile.Failed(display, [new Diagnostic(SourcePosition.StartOf(display), escape)]), null, false);
        // Positions carry the display path, which follows the working folder: a parse made from another one does not hold.
        if (earlier?.File.Path != display) earlier = null;
        byte[] bytes;
        int count;
        FileStamp stamp;
        try
        {
            // The stamp is taken before the read: a write during the read changes it for next time.
            var info = new FileInfo(path);
            stamp = FileStamp.Before(info, DateTime.UtcNow);
            if (earlier is not null && earlier.Stamp.Matches(info)) return (earlier.File, earlier, false);
            var length = info.Length;
            if (length > _limits.MaxFileBytes) return (TooLargeSeedFile(display, length), null, false);
            // Not opened when empty: a FIFO named *.yaml also reports length 0, and opening it would block forever.
            (bytes, count) = length == 0 ? (ArrayPool<byte>.Shared.Rent(1), 0) : DocumentFile.ReadPooled(path, _limits.MaxFileBytes);
            if (count > _limits.MaxFileBytes)
            {
                // It grew past the limit while being read.
                ArrayPool<byte>.Shared.Return(bytes);
                return (TooLargeSeedFile(display, count), null, false);
            }
        }
        catch (FileNotFoundException)
        {
            // Listed but gone: a dangling symlink, or deleted since the folder was listed.
            return (SeedFile.Failed(display, [new Diagnostic(SourcePosition.StartOf(display),
                "cannot read the file: it was deleted, or is a link to a file that does not exist")]), null, false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (SeedFile.Failed(display, [new Diagnostic(SourcePosition.StartOf(display), $"cannot read the file: {ex.Message}")]), null, false);
        }
        try
        {
            var content = bytes.AsSpan(0, count);
            var hash = XxHash128.HashToUInt128(content);
            if (earlier is not null && earlier.Hash == hash) return (earlier.File, earlier with { Stamp = stamp }, false);
            var file = _reader.Read(content, display, pool);
            return (file, new LoadedFile(path, stamp, hash, file), true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private SeedFile TooLargeSeedFile(string display, long length) => SeedFile.Failed(display, [new Diagnostic(SourcePosition.StartOf(display),
        $"file is {length / 1048576.0:0.0} MB; seed files are limited to {_limits.MaxFileBytes / 1048576.0:0.#} MB", "split it into several files")]);

    /// <summary>The document's load, and its stamp when it was read (null when it could not be), reusing <paramref name="earlier"/> when its content is the same.</summary>
    private (DocumentLoad Load, FileStamp? Stamp) LoadDocument(string root, PathGuard guard, string relative, LoadedDocument? earlier)
    {
        if (relative.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            return (new DocumentLoad(null, $"document path '{relative.Replace("\0", "\\0", StringComparison.Ordinal)}' contains a character not allowed in file paths"), null);
        if (Path.IsPathRooted(relative))
            return (new DocumentLoad(null, $"document path '{relative}' must be relative to the seeds folder"), null);
        if (relative.Trim().Length == 0 || Path.EndsInDirectorySeparator(relative))
            return (new DocumentLoad(null, $"document path '{relative}' must name a file (a path like documents/report.txt, not ending in '/')"), null);
        try
        {
            var full = Path.GetFullPath(Path.Combine(root, relative));
            if (guard.EscapesRoot(full) is { } escape) return (new DocumentLoad(null, escape), null);
            if (FileKinds.Of(full, followLinks: true) == FileKind.Missing) return (new DocumentLoad(null, $"document file '{relative}' not found in the seeds folder"), null);
            if (DocumentFile.Refusal(full, relative, _limits.MaxFileBytes) is { } refusal) return (new DocumentLoad(null, refusal), null);
            var info = new FileInfo(full);
            var stamp = FileStamp.Before(info, DateTime.UtcNow);
            if (earlier is not null && earlier.Stamp.Matches(info)) return (earlier.Load, earlier.Stamp);

            var (buffer, count) = DocumentFile.ReadPooled(full, _limits.MaxFileBytes);
            try
            {
                if (count > _limits.MaxFileBytes) return (new DocumentLoad(null, DocumentFile.TooLarge(relative, _limits.MaxFileBytes)), null);
                var bytes = buffer.AsSpan(0, count);
                var hash = XxHash128.HashToUInt128(bytes);
                if (earlier is not null && earlier.Load.ContentHash == hash) return (earlier.Load, stamp);
                // Decoded into a pooled buffer: only the normal form is kept, so the text needs no string of its own.
                var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
                try
                {
                    var length = DocumentFile.Decode(bytes, chars, relative);
                    var load = length < 0
                        ? new DocumentLoad(null, DocumentFile.NotText(relative))
                        : new DocumentLoad(SourceDocument.FromText(relative, chars.AsSpan(0, length)), null);
                    return (load with { ContentHash = hash }, stamp);
                }
                finally
                {
                    ArrayPool<char>.Shared.Return(chars);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Replaced, removed or locked between the checks and the read, or a special file after all.
            return (new DocumentLoad(null, $"cannot read document '{relative}': {ex.Message}"), null);
        }
    }
}
