using GraphBuilder.Hosting.Tests.Support;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting.Tests.Worker;

/// <summary>Bad settings stop the host at start, with a message that says what to fix.</summary>
public sealed class WorkerStartupTests
{
    [Fact]
    public async Task Start_FailsFast_WhenTheSeedsFolderIsMissing()
    {
        await using var worker = WorkerHarness.Create(settings: new Dictionary<string, string?> { ["GraphBuilder:Seeds"] = "/nonexistent/gb-seeds" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => worker.Host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("seeds folder '/nonexistent/gb-seeds' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Empty(worker.SyncLines);
    }

    [Fact]
    public async Task Start_FailsFast_WhenTheStoreFileIsNotSet()
    {
        await using var worker = WorkerHarness.Create(settings: new Dictionary<string, string?> { ["GraphBuilder:Embedded:Path"] = "" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => worker.Host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FailsFast_WhenAWorkerDelayIsInvalid()
    {
        await using var worker = WorkerHarness.Create(settings: new Dictionary<string, string?> { ["GraphBuilder:Worker:Debounce"] = "-00:00:01" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => worker.Host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("GraphBuilder:Worker:Debounce must not be negative", error.Message, StringComparison.Ordinal);
    }
}
