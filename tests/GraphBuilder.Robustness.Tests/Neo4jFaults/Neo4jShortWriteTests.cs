using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Robustness.Tests.Neo4jFaults;

/// <summary>The real CLI when the server writes fewer rows than it was sent: a failure naming them, never a silent short write.</summary>
public sealed class Neo4jShortWriteTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public async Task Sync_RelationshipWhoseEndpointVanishedMidSync_ExitsOne_NamingIt(string explicitTransactions)
    {
        using var cli = new Neo4jCli();
        await using var server = await Neo4jStandIn.StartAsync();
        await Neo4jStandIn.AssertConvergesAsync(cli, server);
        var (relationshipId, relationship) = server.Graph.Committed.Relationships.First();
        // The store lost one relationship: the next sync writes it again, between nodes the snapshot says exist...
        server.Graph.Committed.RemoveRelationship(relationshipId);
        // ...and someone deletes one of them after the snapshot was read.
        var deleted = 0;
        server.OnRequest = r =>
        {
            if (r.Kind is "merge-relationships" or null && r.Method == "POST" && !r.Path.EndsWith("/commit", StringComparison.Ordinal)
                && Interlocked.Exchange(ref deleted, 1) == 0)
                server.Graph.Committed.DetachDeleteNodes([relationship.StartId]);
        };
        var commits = server.Graph.Commits;

        var result = await cli.RunAsync(server.Uri,
            new Dictionary<string, string> { ["GraphBuilder__Neo4j__ExplicitTransactions"] = explicitTransactions }, "sync");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"wrote 0 of the 1 relationship rows it was sent; not written: '{relationshipId}'", result.Stderr, StringComparison.Ordinal);
        result.AssertNoStackTrace();
        if (explicitTransactions == "true") Assert.Equal(commits, server.Graph.Commits);
    }
}
