using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>Store settings matter only to the commands that use a store; a bad one is usage on the command line, configuration elsewhere.</summary>
public sealed class StoreSettingsTests : IDisposable
{
    private static readonly Dictionary<string, string> MongoStore = new() { ["GraphBuilder__Store"] = "mongo" };

    private readonly TempSeeds _work = TempSeeds.FromFixture("validation/base");

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("validate")]
    [InlineData("entities")]
    [InlineData("find", "accused cyberattack")]
    public async Task StoreFreeCommands_IgnoreABadStoreSetting(params string[] arguments)
    {
        var result = await Cli.RunAsync(_work.Root, MongoStore, arguments);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("mongo", result.AllOutput, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sync_WithABadStoreInTheEnvironment_ExitsOne_NamingTheSetting()
    {
        var result = await Cli.RunAsync(_work.Root, MongoStore, "sync");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("error: GraphBuilder:Store (--store) must be 'embedded' or 'neo4j', not 'mongo'", result.Stderr.Trim());
        Assert.False(File.Exists(Path.Combine(_work.Root, "graph.db")));
    }

    [Fact]
    public async Task Sync_WithABadStoreOption_ExitsTwo_AsAUsageError()
    {
        var result = await Cli.RunAsync(_work.Root, "sync", "--store", "mongo");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("error: --store must be 'embedded' or 'neo4j', not 'mongo'", result.Stderr.Trim());
        Assert.False(File.Exists(Path.Combine(_work.Root, "graph.db")));
    }
}
