using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using GraphBuilder.Export;
using GraphBuilder.Graph;
using GraphBuilder.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Stores.Neo4j.Tests.Live;

/// <summary>
/// What only a real server can show: its own constraint violations and terminated transactions, the plans it picks
/// for the store's statements, and a 10,000-fact sync. Same elements rule as <see cref="LiveNeo4jStoreTests"/>.
/// </summary>
public sealed class LiveNeo4jFaultTests
{
    private const string Prefix = OwnElements.Prefix;
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(LiveNeo4j.Images), MemberType = typeof(LiveNeo4j))]
    public async Task ConstraintViolation_FailsAtOnce_WithItsCode(string image)
    {
        await using var services = await LiveNeo4j.ServicesOrSkipAsync(image);
        var store = services.GetRequiredService<Neo4jGraphStore>();
        var graph = new SomeGraph().Nodes(3, "State", Prefix + "cv").Relationship(Prefix + "cv-r", "ACCUSES", Prefix + "cv-0", Prefix + "cv-1").Build();
        try
        {
            await OwnElements.SyncAsync(store, graph);
            // The same relationship id between other nodes, as if the snapshot had missed it: MERGE creates, the id constraint refuses.
            var moved = new SomeGraph().Nodes(3, "State", Prefix + "cv").Relationship(Prefix + "cv-r", "ACCUSES", Prefix + "cv-0", Prefix + "cv-2").Build();
            var diff = GraphDiff.Between(new StoreSnapshot(
                (await store.ReadSnapshotAsync(Token)).Nodes.Where(p => p.Key.StartsWith(Prefix, StringComparison.Ordinal)).ToDictionary(),
                new Dictionary<string, ElementState>()), moved);

            var error = await Assert.ThrowsAsync<QueryApiException>(() => store.ApplyAsync(diff, Token));

            Assert.Contains(error.Errors, e => e.Code == "Neo.ClientError.Schema.ConstraintValidationFailed");
            Assert.False(error.IsTransient);
        }
        finally
        {
            await OwnElements.SyncAsync(store, GraphData.Empty);
        }
    }

    [Theory]
    [MemberData(nameof(LiveNeo4j.Images), MemberType = typeof(LiveNeo4j))]
    public async Task TerminatedTransaction_IsNotRetried_AndNamesWhy(string image)
    {
        // It terminates every other transaction on the server: only on a container of the suite's own.
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
            Assert.Skip("terminates transactions server-wide: runs only against a container the suite starts itself (unset NEO4J_URI).");
        await using var services = await LiveNeo4j.ServicesOrSkipAsync(image);
        var client = services.GetRequiredService<QueryApiClient>();
        var transaction = await client.BeginAsync(Token);
        await client.RunAsync(transaction, new QueryApiRequest($"MERGE (n:`State` {{id: '{Prefix}terminated'}}) RETURN n.id AS id"), Token);
        await client.RunAsync(new QueryApiRequest(
            "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' " +
            "TERMINATE TRANSACTIONS transactionId YIELD transactionId AS id RETURN id"), Token);

        var error = await Assert.ThrowsAsync<QueryApiException>(() => client.CommitAsync(transaction, Token));

        Assert.False(Neo4jRetryPipeline.IsRetryable(error) && error.Failure != QueryApiFailure.TransactionNotFound,
            $"a terminated transaction must not be retried as is: {error.Message}");
    }

    [Theory]
    [MemberData(nameof(LiveNeo4j.Images), MemberType = typeof(LiveNeo4j))]
    public async Task Explain_EveryStatementThatLooksUpIds_SeeksAnIndex(string image)
    {
        await using var services = await LiveNeo4j.ServicesOrSkipAsync(image);
        var store = services.GetRequiredService<Neo4jGraphStore>();
        await OwnElements.SyncAsync(store, new SomeGraph().Nodes(2, "State", Prefix + "plan").Build()); // creates the constraints
        var (uri, user, password) = await LiveNeo4j.ServerOrSkipAsync(image);
        var statements = new CypherStatements(SomeVocabulary.FromRepository());
        var rows = new[] { new Dictionary<string, object?> { ["id"] = "x", ["start"] = "a", ["end"] = "b", ["props"] = new Dictionary<string, object?>() } };
        var cases = new (string Statement, object Parameters)[]
        {
            (statements.MergeNodes("State"), new { rows }),
            (statements.MergeRelationships("ACCUSES", "State", "State"), new { rows }),
            (statements.DeleteNodes("State"), new { ids = new[] { "x" } }),
            (statements.DeleteRelationships("ACCUSES"), new { ids = new[] { "x" } }),
            (statements.LookupLabel("State"), new { ids = new[] { "x" } }),
            (CypherStatements.ReadMarker(), new { }),
        };
        try
        {
            foreach (var (statement, parameters) in cases)
            {
                var plan = await ExplainAsync(uri, user, password, statement, parameters);
                Assert.True(plan.Contains("IndexSeek", StringComparison.Ordinal) && !plan.Contains("AllNodesScan", StringComparison.Ordinal),
                    $"no index seek for:\n{statement}\nplan: {plan}");
            }
        }
        finally
        {
            await OwnElements.SyncAsync(store, GraphData.Empty);
        }
    }

    [Theory]
    [MemberData(nameof(LiveNeo4j.Images), MemberType = typeof(LiveNeo4j))]
    public async Task TenThousandFacts_SyncReadBackAndResync(string image)
    {
        await using var services = await LiveNeo4j.ServicesOrSkipAsync(image);
        var store = services.GetRequiredService<Neo4jGraphStore>();
        var builder = new SomeGraph().Nodes(500, "State", Prefix + "big");
        for (var i = 0; i < 10_000; i++)
            builder.Relationship($"{Prefix}big-r{i}", "ACCUSES", $"{Prefix}big-{i % 500}", $"{Prefix}big-{(i * 7 + 1) % 500}", [SomeGraph.Cite(Prefix + "src", $"quote {i}")]);
        var graph = builder.Build();
        try
        {
            await OwnElements.SyncAsync(store, graph);

            Assert.Equal(JsonGraphWriter.ToJson(graph), JsonGraphWriter.ToJson(OwnElements.Of(await store.ReadGraphAsync(Token))));
            Assert.True(OwnElements.Diff(await store.ReadSnapshotAsync(Token), graph).IsEmpty);
        }
        finally
        {
            await OwnElements.SyncAsync(store, GraphData.Empty);
        }
    }

    /// <summary>The plan Neo4j reports for <c>EXPLAIN</c> (the body's <c>queryPlan</c>), as text.</summary>
    private static async Task<string> ExplainAsync(Uri uri, string user, string password, string statement, object parameters)
    {
        using var http = new HttpClient { BaseAddress = uri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        using var response = await http.PostAsJsonAsync("db/neo4j/query/v2", new { statement = "EXPLAIN " + statement, parameters }, Token);
        var body = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.IsSuccessStatusCode && !body.Contains("\"errors\"", StringComparison.Ordinal), body);
        return body;
    }
}
