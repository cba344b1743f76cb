using System.Reflection;
using GraphBuilder.Testing;

namespace GraphBuilder.Hosting.Tests.Support;

/// <summary>Where the repository's schema and the test seeds are, and the built CLI (baked in at build time).</summary>
internal static class TestPaths
{
    public static string Schema => RepoPaths.Schema;
    // The frozen three-report corpus: worker tests pin its ids and counts, which the live seeds may change.
    public static string Seeds => RepoPaths.Reports;
    public static string Cli { get; } = Metadata("GraphBuilderCli");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
