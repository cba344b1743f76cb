namespace GraphBuilder.Cli;

/// <summary>
/// Checks the seeds folder before anything reads it, so a wrong <c>--seeds</c> gets one plain message
/// (not a made-up <c>seed:1:1:</c> position), the same from every command, including watch.
/// </summary>
internal static class SeedsFolder
{
    /// <summary>A folder holding more YAML files than this is probably not a seeds folder.</summary>
    private const int ManyYamlFiles = 2_000;

    public static string Check(string seeds)
    {
        if (File.Exists(seeds))
        {
            var parent = Path.GetDirectoryName(seeds) is { Length: > 0 } folder ? folder : ".";
            throw new UsageException($"--seeds '{seeds}' is a file; give the folder that holds the seed files (e.g. --seeds {parent})");
        }
        if (!Directory.Exists(seeds))
            throw new UsageException($"seeds folder '{Path.GetFullPath(seeds)}' does not exist (GraphBuilder:Seeds / --seeds DIR)");
        return seeds;
    }

    /// <summary>A hint when the folder looks like something other than a seeds folder, else null.</summary>
    public static string? Hint(string seeds)
    {
        if (!Directory.Exists(seeds)) return null;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System };
        var yaml = Directory.EnumerateFiles(seeds, "*.yaml", options).Take(ManyYamlFiles + 1).Count();
        if (yaml == 0) return $"hint: '{seeds}' holds no *.yaml seed files; is --seeds the right folder?";
        if (yaml > ManyYamlFiles || Directory.Exists(Path.Combine(seeds, "node_modules")) || Directory.Exists(Path.Combine(seeds, ".git")))
        {
            var count = yaml > ManyYamlFiles ? $"over {ManyYamlFiles:N0}" : yaml.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return $"hint: '{seeds}' does not look like a seeds folder ({count} YAML files); pass the folder that holds the sources, entities and facts with --seeds DIR";
        }
        return null;
    }
}
