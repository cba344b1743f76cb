namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// Tells editor scratch files (swap, backup, lock and temp files), VCS folders and SQLite side files
/// apart from real seed changes, so saving in vim or emacs does not trigger extra syncs.
/// </summary>
internal static class EditorNoiseFilter
{
    private static readonly string[] NoiseSuffixes =
        [".swp", ".swo", ".swx", ".swpx", ".tmp", ".temp", ".bak", ".orig", ".part", ".crdownload", "-journal", "-wal", "-shm", ".db"];

    private static readonly string[] NoiseNames = ["4913", ".DS_Store", "Thumbs.db", "desktop.ini"];

    private static readonly string[] NoiseFolders = [".git", ".hg", ".svn", ".idea", ".vs", ".vscode"];

    /// <summary>Whether a path (absolute or relative to the seeds folder) is scratch that cannot change the corpus.</summary>
    public static bool IsNoise(string path)
    {
        var segments = path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return false;
        if (segments.Any(s => NoiseFolders.Contains(s, StringComparer.OrdinalIgnoreCase))) return true;

        var name = segments[^1];
        return NoiseNames.Contains(name, StringComparer.OrdinalIgnoreCase)
            || name.EndsWith('~')                                         // vim/emacs backups
            || name.StartsWith(".#", StringComparison.Ordinal)            // emacs locks
            || (name.StartsWith('#') && name.EndsWith('#'))               // emacs auto-saves
            || name.StartsWith("~$", StringComparison.Ordinal)            // office locks
            || name.StartsWith(".goutputstream-", StringComparison.Ordinal) // gedit temp files
            || NoiseSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
