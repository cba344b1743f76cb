using GraphBuilder.Graph;
using GraphBuilder.Stores;
using GraphBuilder.Sync;
using GraphBuilder.Testing;
using GraphBuilder.Validation;

namespace GraphBuilder.Core.Tests.Sync;

public sealed class StoreFreshnessTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private static CompiledCorpus Valid(GraphData graph) => new(graph, [], 1, 1);

    [Fact]
    public void StoreHoldingTheCompiledGraph_GetsNoWarning()
    {
        var graph = new SomeGraph().Node("a").Build();
        Assert.Null(StoreFreshness.Warning(new SyncMarker(graph.ContentHash, true, At), Valid(graph), "the store"));
    }

    [Fact]
    public void StoreHoldingAnotherGraph_IsBehind()
    {
        var graph = new SomeGraph().Node("a").Build();
        var warning = StoreFreshness.Warning(new SyncMarker("other", true, At), Valid(graph), "the store");
        Assert.Equal("the store is behind the seeds (last synced 2026-11-29 12:00:00Z); run 'graphbuilder sync'.", warning);
    }

    [Fact]
    public void PartialSync_IsNamed_EvenWhenTheHashMatches()
    {
        var graph = new SomeGraph().Node("a").Build();
        Assert.Contains("holds a partial sync", StoreFreshness.Warning(new SyncMarker(graph.ContentHash, false, At), Valid(graph), "the store"));
    }

    [Fact]
    public void InvalidSeeds_AreNamed()
    {
        var invalid = new CompiledCorpus(null, [new Diagnostic(new SourcePosition("seeds/x.yaml", 1, 1), "broken")], 1, 1);
        Assert.Contains("the seeds do not validate now (1 problem(s))", StoreFreshness.Warning(new SyncMarker("h", true, At), invalid, "the store"));
    }

    [Fact]
    public void StoreWithoutMarker_SaysSo()
    {
        Assert.Contains("records no complete sync", StoreFreshness.Warning(null, Valid(GraphData.Empty), "the store"));
    }

    [Fact]
    public void GraphContentHash_DependsOnEveryElementHash_AndNotOnConstructionOrder()
    {
        var one = new SomeGraph().Node("a").Node("b").Build();
        var same = new GraphData(one.Nodes.Reverse(), []);
        var other = new SomeGraph().Node("a").Node("b", name: "B!").Build();

        Assert.Equal(one.ContentHash, same.ContentHash);
        Assert.NotEqual(one.ContentHash, other.ContentHash);
    }
}
