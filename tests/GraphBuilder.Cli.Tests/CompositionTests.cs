using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>Commands that never touch the store read no store settings: a Neo4j configuration without a password does not stop them.</summary>
public sealed class CompositionTests : IDisposable
{
    private static readonly Dictionary<string, string> Neo4jWithoutPassword = new() { ["GraphBuilder__Store"] = "neo4j" };

    private readonly TempSeeds _work = TempSeeds.FromFixture("validation/base");

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("validate")]
    [InlineData("export", "--format", "json")]
    [InlineData("generate", "--facts", "40", "-o", "generated")]
    [InlineData("entities")]
    [InlineData("find", "Albania")]
    public async Task CommandsWithoutAStore_IgnoreStoreSettings(params string[] arguments)
    {
        var result = await CliProcess.RunAsync(_work.Root, Neo4jWithoutPassword, arguments);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Neo4j", result.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SyncWithTheSameSettings_StillAsksForThePassword()
    {
        var result = await CliProcess.RunAsync(_work.Root, Neo4jWithoutPassword, "sync");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("Password", result.Stderr, StringComparison.Ordinal);
    }
}
