using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>Each command's help lists its own options only, defaults are written one way, and query's help lists the queries.</summary>
public sealed class HelpTests : IDisposable
{
    private readonly TempSeeds _work = TempSeeds.FromFixture("validation/base");

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("validate")]
    [InlineData("generate")]
    [InlineData("entities")]
    [InlineData("find")]
    public async Task CommandsWithoutAStore_ListNoStoreOptions(string command)
    {
        var result = await CliProcess.RunAsync(_work.Root, command, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("--store", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("--neo4j", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("--db", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("sync")]
    [InlineData("query")]
    [InlineData("export")]
    [InlineData("generate")]
    [InlineData("watch")]
    public async Task Defaults_AreWrittenOneWay(string command)
    {
        var result = await CliProcess.RunAsync(_work.Root, command, "--help");

        Assert.DoesNotContain("[default:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("(default: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryHelp_ListsTheQueries_AndTheFilterEachNeeds()
    {
        var result = await CliProcess.RunAsync(_work.Root, "query", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Queries:", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n  accusations-against +.*\(needs --object\)\n", result.Stdout);
        Assert.Matches(@"\n  claims +.*\(needs --subject or --object\)\n", result.Stdout);
        Assert.Contains("--quotes", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void QueriesYaml_MentionsOnlyFiltersTheCliHas()
    {
        var text = File.ReadAllText(RepoPaths.File("schema", "queries.yaml"));

        Assert.DoesNotContain("--entity", text, StringComparison.Ordinal);
    }
}
