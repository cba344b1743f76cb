namespace GraphBuilder.Testing;

/// <summary>Finds the repository root (the folder holding GraphBuilder.sln) from the test's working folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "GraphBuilder.sln"))) return dir.FullName;
        throw new InvalidOperationException("GraphBuilder.sln not found above " + AppContext.BaseDirectory);
    }
}
