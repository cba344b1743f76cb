namespace GraphBuilder.Stores.Neo4j.Tests;

public sealed class Neo4jEndpointTests
{
    [Theory]
    [InlineData("http://localhost:7474", null, "http://localhost:7474/")]
    [InlineData("https://abcd1234.databases.neo4j.io", null, "https://abcd1234.databases.neo4j.io/")]
    [InlineData("neo4j+s://abcd1234.databases.neo4j.io", null, "https://abcd1234.databases.neo4j.io/")]
    [InlineData("neo4j+s://abcd1234.databases.neo4j.io:7687", null, "https://abcd1234.databases.neo4j.io/")]
    [InlineData("neo4j+ssc://graph.example.org", null, "https://graph.example.org:7473/")]
    [InlineData("bolt+s://graph.example.org:7687", null, "https://graph.example.org:7473/")]
    [InlineData("neo4j://localhost:7687", null, "http://localhost:7474/")]
    [InlineData("bolt://db.internal", null, "http://db.internal:7474/")]
    [InlineData("bolt://db.internal:7687", 8080, "http://db.internal:8080/")]
    public void DriverUris_MapToTheQueryApiEndpoint(string uri, int? httpPort, string expected) =>
        Assert.Equal(expected, Neo4jEndpoint.QueryApi(new Uri(uri), httpPort).ToString());

    [Theory]
    [InlineData("neo4j+s://abcd1234.databases.neo4j.io", true)]
    [InlineData("bolt://localhost", true)]
    [InlineData("ftp://localhost", false)]
    public void Validator_AcceptsDriverUris(string uri, bool valid)
    {
        var result = new Neo4jOptionsValidator().Validate(null, new Neo4jOptions { Uri = new Uri(uri), Password = "x" });
        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public async Task Description_NamesTheEndpointItChose_AndTheUriItCameFrom()
    {
        await using var h = await StoreHarness.StartAsync(o =>
        {
            o.Uri = new Uri("neo4j://127.0.0.1:7687");
            o.HttpPort = 7474;
        });

        var description = h.NewStore().Description;

        Assert.Contains("at http://127.0.0.1:7474/", description, StringComparison.Ordinal);
        Assert.Contains("neo4j://127.0.0.1:7687", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DriverUri_ReachesTheQueryApi_OnTheGivenHttpPort()
    {
        await using var h = await StoreHarness.StartAsync();
        await using var mapped = await StoreHarness.StartAsync(o =>
        {
            o.Uri = new Uri($"bolt://127.0.0.1:7687");
            o.HttpPort = h.Server.Uri.Port;
        });

        await mapped.NewStore().ReadSnapshotAsync(TestContext.Current.CancellationToken);

        Assert.Contains(h.Server.Requests, r => r.Kind == "snapshot-nodes");
    }
}
