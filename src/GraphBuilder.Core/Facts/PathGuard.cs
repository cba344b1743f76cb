namespace GraphBuilder.Facts;

/// <summary>Keeps reads inside the seeds folder, following symlinks to where they really point.</summary>
public static class PathGuard
{
    /// <summary>Null when <paramref name="path"/> (after resolving symlinks) is inside <paramref name="root"/>; otherwise why not.</summary>
    public static string? EscapesRoot(string root, string path)
    {
        var realRoot = Resolve(Path.GetFullPath(root));
        var real = Resolve(Path.GetFullPath(path));
        var relative = Path.GetRelativePath(realRoot, real);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? $"'{DisplayPath.Of(path)}' points outside the seeds folder (to {real}); only files inside it are read"
            : null;
    }

    private static string Resolve(string path)
    {
        // Resolve every symlinked segment, not just the last one.
        var parent = Path.GetDirectoryName(path);
        var resolvedParent = parent is null ? null : Resolve(parent);
        var current = resolvedParent is null ? path : Path.Combine(resolvedParent, Path.GetFileName(path));
        try
        {
            var info = new FileInfo(current);
            var target = info.Exists || Directory.Exists(current) ? info.ResolveLinkTarget(returnFinalTarget: true) : null;
            return target is null ? current : Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
            return current;
        }
    }
}
