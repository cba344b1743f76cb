namespace GraphBuilder.Testing;

/// <summary>Folders of the repository the tests run from, found by walking up to GraphBuilder.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "GraphBuilder.sln"))) return dir.FullName;
        throw new InvalidOperationException($"GraphBuilder.sln not found above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;
    public static string Schema => Path.Combine(Root, "schema");
    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string Fixture(string relative) => Path.Combine(Fixtures, relative);

    /// <summary>A frozen copy of the three reports' seeds, for tests that pin counts, ids or wording (the live seeds may grow).</summary>
    public static string Reports => Fixture("reports-2022-09");

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);
}
