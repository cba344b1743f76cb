using System.Reflection;

namespace GraphBuilder.Hosting.Tests.Support;

/// <summary>Where the repository's schema and seeds and the built CLI are (baked in at build time).</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");
    public static string Schema => Path.Combine(RepositoryRoot, "schema");
    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");
    public static string Cli { get; } = Metadata("GraphBuilderCli");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
