namespace GraphBuilder.Testing;

/// <summary>
/// A throw-away working folder holding a <c>seeds/</c> folder (copied from a fixture or the shipped
/// seeds) and optionally a <c>schema/</c> copy; deleted on dispose. Messages name files by their full
/// path, so <see cref="Relative"/> strips the seeds folder to compare them exactly.
/// </summary>
public sealed class TempSeeds : IDisposable
{
    private TempSeeds()
    {
        Root = Path.Combine(Path.GetTempPath(), "gb-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(SeedsFolder);
    }

    /// <summary>The working folder (holds <c>seeds/</c>, <c>schema/</c> when copied, and any store file).</summary>
    public string Root { get; }

    public string SeedsFolder => Path.Combine(Root, "seeds");
    public string SchemaFolder => Path.Combine(Root, "schema");

    /// <summary>An empty seeds folder.</summary>
    public static TempSeeds Empty() => new();

    /// <summary>A copy of <c>tests/fixtures/NAME</c> as the seeds folder.</summary>
    public static TempSeeds FromFixture(string name)
    {
        var seeds = new TempSeeds();
        CopyFolder(RepoPaths.Fixture(name), seeds.SeedsFolder);
        return seeds;
    }

    /// <summary>A copy of <see cref="RepoPaths.Reports"/>, the frozen three-report corpus tests may pin counts and wording of.</summary>
    public static TempSeeds FromReports() => FromFixture("reports-2022-09");

    /// <summary>A copy of the repository's shipped <c>seeds/</c>: check only what holds for any valid corpus.</summary>
    public static TempSeeds FromShippedSeeds()
    {
        var seeds = new TempSeeds();
        CopyFolder(RepoPaths.Seeds, seeds.SeedsFolder);
        return seeds;
    }

    /// <summary>Copies the repository's <c>schema/</c> into <see cref="SchemaFolder"/> (to edit it) and returns the folder.</summary>
    public string CopyShippedSchema()
    {
        CopyFolder(RepoPaths.Schema, SchemaFolder);
        return SchemaFolder;
    }

    /// <summary>Writes a file under the seeds folder (creating folders), returning its full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public void Delete(string relativePath) => File.Delete(PathOf(relativePath));

    public string PathOf(string relativePath) => Path.Combine(SeedsFolder, relativePath);

    /// <summary>The text with the seeds folder prefix removed, so <c>/tmp/.../seeds/facts/a.yaml:3:5</c> reads <c>facts/a.yaml:3:5</c>.</summary>
    public string Relative(string text) => text.Replace(SeedsFolder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>Copies a folder tree (files and subfolders).</summary>
    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
