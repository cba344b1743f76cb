namespace GraphBuilder.Testing;

/// <summary>
/// A throw-away working folder (a <see cref="TempFolder"/>) holding a <c>seeds/</c> folder (copied from a
/// fixture or the shipped seeds), a <c>schema/</c> copy beside it, and room for a store file; deleted on
/// dispose. Messages name files by their full path, so <see cref="Relative"/> strips the seeds folder to
/// compare them exactly.
/// </summary>
public sealed class TempSeeds : IDisposable
{
    private readonly TempFolder _folder = new("gb-tests");

    private TempSeeds()
    {
        Directory.CreateDirectory(Seeds);
        // A graph project carries its schema beside its seeds (the CLI names any other schema it falls back to).
        CopyShippedSchema();
    }

    /// <summary>The working folder (holds <c>seeds/</c>, <c>schema/</c>, and any store file).</summary>
    public string Root => _folder.Path;

    public string Seeds => Path.Combine(Root, "seeds");
    public string SchemaFolder => Path.Combine(Root, "schema");

    /// <summary>The store file commands use by default (<c>graph.db</c> in the working folder).</summary>
    public string Database => Path.Combine(Root, "graph.db");

    /// <summary>An empty seeds folder.</summary>
    public static TempSeeds Empty() => new();

    /// <summary>A copy of <c>tests/fixtures/NAME</c> as the seeds folder.</summary>
    public static TempSeeds FromFixture(string name)
    {
        var seeds = new TempSeeds();
        seeds._folder.CopyIn(RepoPaths.Fixture(name), "seeds");
        return seeds;
    }

    /// <summary>A copy of <see cref="RepoPaths.Reports"/>, the frozen three-report corpus tests may pin counts and wording of.</summary>
    public static TempSeeds FromReports() => FromFixture("reports-2022-09");

    /// <summary>A copy of the repository's shipped <c>seeds/</c>: check only what holds for any valid corpus.</summary>
    public static TempSeeds FromShippedSeeds()
    {
        var seeds = new TempSeeds();
        seeds._folder.CopyIn(RepoPaths.Seeds, "seeds");
        return seeds;
    }

    /// <summary>Copies the repository's <c>schema/</c> into <see cref="SchemaFolder"/> (again: to edit it) and returns the folder.</summary>
    public string CopyShippedSchema()
    {
        return _folder.CopyIn(RepoPaths.Schema, "schema");
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

    /// <summary>Copies a folder's contents into <paramref name="relativePath"/> under the seeds folder, returning that folder.</summary>
    public string CopyIn(string source, string relativePath) => _folder.CopyIn(source, Path.Combine("seeds", relativePath));

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>Replaces the first occurrence of <paramref name="old"/> in a seed file (which must contain it).</summary>
    public void Edit(string relativePath, string old, string replacement)
    {
        var text = Read(relativePath);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{old}' not found in {relativePath}");
        Write(relativePath, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)));
    }

    public void Delete(string relativePath) => File.Delete(PathOf(relativePath));

    public string PathOf(string relativePath) => Path.Combine(Seeds, relativePath);

    /// <summary>The text with the seeds folder prefix removed, so <c>/tmp/.../seeds/facts/a.yaml:3:5</c> reads <c>facts/a.yaml:3:5</c>.</summary>
    public string Relative(string text) => text.Replace(Seeds + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);

    public void Dispose() => _folder.Dispose();
}
