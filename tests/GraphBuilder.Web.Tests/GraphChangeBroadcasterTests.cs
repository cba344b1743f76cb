namespace GraphBuilder.Web.Tests;

public sealed class GraphChangeBroadcasterTests
{
    [Fact]
    public async Task Watch_YieldsTheCurrentVersionFirst_ThenOnlyTheLatest_AndWakesOnTheNextPublish()
    {
        var broadcaster = new GraphChangeBroadcaster();
        broadcaster.Publish();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var watch = broadcaster.WatchChangesAsync(cancel.Token).GetAsyncEnumerator(cancel.Token);

        Assert.True(await watch.MoveNextAsync());
        Assert.Equal(1, watch.Current);

        // Publishes while the view is busy coalesce: it next sees only the latest.
        broadcaster.Publish();
        broadcaster.Publish();
        Assert.True(await watch.MoveNextAsync());
        Assert.Equal(3, watch.Current);

        // A view waiting for a change wakes on the next publish. (Asserting on two publishes here
        // would race: the waiter may wake between them and see the first.)
        var next = watch.MoveNextAsync();
        Assert.False(next.IsCompleted);
        broadcaster.Publish();
        Assert.True(await next);
        Assert.Equal(4, watch.Current);
        Assert.Equal(4, broadcaster.Version);
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
