namespace GraphBuilder.Web.Tests;

public sealed class GraphChangeBroadcasterTests
{
    [Fact]
    public async Task Watch_YieldsTheCurrentVersionFirst_ThenTheLatestAfterEachPublish()
    {
        var broadcaster = new GraphChangeBroadcaster();
        broadcaster.Publish();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var watch = broadcaster.WatchChangesAsync(cancel.Token).GetAsyncEnumerator(cancel.Token);

        Assert.True(await watch.MoveNextAsync());
        Assert.Equal(1, watch.Current);

        var next = watch.MoveNextAsync();
        Assert.False(next.IsCompleted);
        broadcaster.Publish();
        broadcaster.Publish();
        Assert.True(await next);
        Assert.Equal(3, watch.Current);
        Assert.Equal(3, broadcaster.Version);
    }

    [Fact]
    public async Task Watch_EndsQuietly_WhenCancelled()
    {
        var broadcaster = new GraphChangeBroadcaster();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var watch = broadcaster.WatchChangesAsync(cancel.Token).GetAsyncEnumerator(cancel.Token);
        Assert.True(await watch.MoveNextAsync());

        var next = watch.MoveNextAsync();
        await cancel.CancelAsync();

        Assert.False(await next);
    }
}
