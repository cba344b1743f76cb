using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>Each test gets its own copy of the frozen three-report fixture, already synced into its embedded store.</summary>
public abstract class SyncedReportsTest : IAsyncLifetime
{
    protected TempSeeds Work { get; } = TempSeeds.FromReports();

    public async ValueTask InitializeAsync()
    {
        var sync = await CliProcess.RunAsync(Work.Root, "sync");
        Assert.True(sync.ExitCode == 0, sync.ToString());
    }

    public ValueTask DisposeAsync()
    {
        Work.Dispose();
        return ValueTask.CompletedTask;
    }
}
