using System.Text.Json;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary><c>query</c> and <c>export --from-store</c> say on stderr when the store does not hold what the seeds compile to now.</summary>
public sealed class StaleStoreWarningTests : SyncedReportsTest
{
    private const string ExtraEntity = "  - id: stale-check-extra\n    kind: organisation\n    name: Stale Check Extra\n";

    [Fact]
    public async Task Query_RightAfterASync_PrintsNoWarning()
    {
        var result = await CliProcess.RunAsync(Work.Root, "query", "hosting");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("warning", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_AfterTheSeedsChanged_WarnsTheStoreIsBehind_AndStillAnswers()
    {
        Work.Write("entities.yaml", Work.Read("entities.yaml") + ExtraEntity);

        var result = await CliProcess.RunAsync(Work.Root, "query", "hosting");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("warning: embedded store", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("is behind the seeds", result.Stderr, StringComparison.Ordinal);
        Assert.NotEmpty(result.Stdout);

        var synced = await CliProcess.RunAsync(Work.Root, "sync");
        Assert.True(synced.ExitCode == 0, synced.ToString());
        var after = await CliProcess.RunAsync(Work.Root, "query", "hosting");
        Assert.DoesNotContain("warning", after.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_WhenTheSeedsDoNotValidate_Warns()
    {
        Work.Write("entities.yaml", Work.Read("entities.yaml") + "  - id: broken-entity\n    kind: no-such-kind\n    name: Broken\n");

        var result = await CliProcess.RunAsync(Work.Root, "query", "hosting");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("the seeds do not validate now", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportFromStore_AfterTheSeedsChanged_Warns_AndKeepsStdoutClean()
    {
        Work.Write("entities.yaml", Work.Read("entities.yaml") + ExtraEntity);

        var result = await CliProcess.RunAsync(Work.Root, "export", "--from-store", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("is behind the seeds", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.DoesNotContain(json.RootElement.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == "stale-check-extra");
    }
}
