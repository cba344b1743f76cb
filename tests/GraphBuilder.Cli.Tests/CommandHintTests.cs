using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// The hints after <c>sync</c>, <c>init</c> and <c>query</c> name the command as it runs: run from its build output (as the
/// tests run it), <c>dotnet run --project DIR --</c>; the installed tool's say <c>graphbuilder</c> (ToolPackageTests).
/// </summary>
public sealed class CommandHintTests
{
    private static readonly string AsItRuns = $"dotnet run --project {RepoPaths.File("src", "GraphBuilder")} --";

    [Fact]
    public async Task Sync_HintsAtQuery_AsTheCommandRuns()
    {
        using var work = TempSeeds.FromFixture("validation/base");

        var sync = await CliProcess.RunAsync(work.Root, "sync");

        Assert.True(sync.ExitCode == 0, sync.ToString());
        Assert.Contains($"Try: {AsItRuns} query ", sync.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("graphbuilder query", sync.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_HintsAtValidateAndSync_AsTheCommandRuns()
    {
        using var work = TempSeeds.FromFixture("validation/base");

        var init = await CliProcess.RunAsync(work.Root, "init", "project");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.Contains($"  {AsItRuns} validate && {AsItRuns} sync", init.Stdout, StringComparison.Ordinal);
        Assert.Contains($"  {AsItRuns} add source ", init.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_ForAnUnknownEntity_HintsAtEntities_AsTheCommandRuns()
    {
        using var work = TempSeeds.FromFixture("validation/base");
        var sync = await CliProcess.RunAsync(work.Root, "sync");
        Assert.True(sync.ExitCode == 0, sync.ToString());

        var query = await CliProcess.RunAsync(work.Root, "query", "accusations-against", "--object", "Zzqxwv");

        Assert.True(query.ExitCode == 2, query.ToString());
        Assert.Contains($"`{AsItRuns} entities` lists them", query.Stderr, StringComparison.Ordinal);
    }
}
