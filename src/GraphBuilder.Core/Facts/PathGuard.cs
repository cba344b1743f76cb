using System.Collections.Concurrent;

namespace GraphBuilder.Facts;

/// <summary>
/// Keeps reads inside one seeds folder, following symlinks to where they really point. Made once per
/// load: the folders it has resolved are remembered for that load, so a thousand documents in one
/// folder cost one resolution of that folder, not a thousand. Thread-safe.
/// </summary>
internal sealed class PathGuard
{
    private readonly ConcurrentDictionary<string, string> _resolvedFolders = new(StringComparer.Ordinal);
    private readonly string _realRoot;

    public PathGuard(string root) => _realRoot = Resolve(Path.GetFullPath(root));

    /// <summary>Null when <paramref name="path"/> (after resolving symlinks) is inside the root; otherwise why not.</summary>
    public string? EscapesRoot(string path)
    {
        var real = Resolve(Path.GetFullPath(path));
        var relative = Path.GetRelativePath(_realRoot, real);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? $"'{DisplayPath.Of(path)}' points outside the seeds folder (to {real}); only files inside it are read"
            : null;
    }

    private string Resolve(string path)
    {
        // Resolve every symlinked segment, not just the last one.
        var parent = Path.GetDirectoryName(path);
        var resolvedParent = parent is null ? null : _resolvedFolders.GetOrAdd(parent, Resolve);
        var current = resolvedParent is null ? path : Path.Combine(resolvedParent, Path.GetFileName(path));
        try
        {
            var info = new FileInfo(current);
            var target = info.Exists || Directory.Exists(current) ? info.ResolveLinkTarget(returnFinalTarget: true) : null;
            return target is null ? current : Path.GetFullPath(target.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return current;
        }
    }
}
