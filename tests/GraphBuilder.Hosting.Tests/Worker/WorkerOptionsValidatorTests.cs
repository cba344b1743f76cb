using GraphBuilder.Hosting.Worker;

namespace GraphBuilder.Hosting.Tests.Worker;

public sealed class WorkerOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreValid() => Assert.True(new WorkerOptionsValidator().Validate(null, new WorkerOptions()).Succeeded);

    [Fact]
    public void Fails_ForNegativeDebounce_AndCapBelowFirstRetry()
    {
        var result = new WorkerOptionsValidator().Validate(null, new WorkerOptions
        {
            Debounce = TimeSpan.FromSeconds(-1),
            RetryInitialDelay = TimeSpan.FromSeconds(5),
            RetryMaxDelay = TimeSpan.FromSeconds(1),
        });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Debounce", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("RetryMaxDelay", StringComparison.Ordinal));
    }
}
