using GraphBuilder.Hosting.Worker;

namespace GraphBuilder.Hosting.Tests.Worker;

public sealed class RetryBackoffTests
{
    [Fact]
    public void DelayFor_DoublesFromTheInitialDelay_UpToTheCap()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));

        Assert.Equal([1, 2, 4, 8, 10, 10], Enumerable.Range(1, 6).Select(a => backoff.DelayFor(a).TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(10), backoff.DelayFor(int.MaxValue));
    }
}
