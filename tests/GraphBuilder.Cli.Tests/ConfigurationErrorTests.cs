using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

public sealed class ConfigurationErrorTests
{
    [Fact]
    public async Task MalformedAppSettings_ExitsOne_NamingFileLineAndColumn_WithoutAStackTrace()
    {
        using var work = TempSeeds.FromReports();
        File.WriteAllText(Path.Combine(work.Root, "appsettings.json"), "{\n  \"GraphBuilder\": {\n    \"Store\": \"Embedded\",\n");

        var result = await GraphBuilderProcess.RunAsync(work.Root, "validate");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("error: appsettings.json:4:1: invalid JSON: ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnconvertibleSetting_ExitsOne_NamingTheKeyAndValue_WithoutAStackTrace()
    {
        using var work = TempSeeds.FromReports();
        File.WriteAllText(Path.Combine(work.Root, "appsettings.json"), """{ "GraphBuilder": { "Neo4j": { "BatchSize": "lots" } } }""");

        var result = await GraphBuilderProcess.RunAsync(work.Root, "sync", "--store", "neo4j", "--neo4j-uri", "http://127.0.0.1:9", "--neo4j-password", "p");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("'lots' at 'GraphBuilder:Neo4j:BatchSize'", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
