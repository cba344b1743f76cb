using GraphBuilder.Graph;
using GraphBuilder.Testing;
using GraphBuilder.Testing.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Stores.Neo4j.Tests;

public sealed class Neo4jSecurityTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static readonly string[] Hostile =
    [
        "`) DETACH DELETE n //",
        "}) DETACH DELETE n //",
        "O'Brien \"the\" \\ back\\slash",
        "line one\nline two\r\n// MATCH (n) DELETE n",
        "$evil RETURN 1",
        "{id: 'x'}",
    ];

    [Fact]
    public async Task HostileIdsNamesAndQuotes_TravelOnlyAsParameters_AndRoundTrip()
    {
        await using var h = await StoreHarness.StartAsync();
        var builder = new SomeGraph();
        for (var i = 0; i < Hostile.Length; i++) builder.Node(Hostile[i], "Official", name: Hostile[(i + 1) % Hostile.Length], aliases: [Hostile[(i + 2) % Hostile.Length]]);
        builder.Relationship(Hostile[0] + "/rel", "ACCUSES", Hostile[0], Hostile[1],
            [SomeGraph.Cite(Hostile[2], Hostile[3])], p => p.With("about", Hostile[4]));
        var graph = builder.Build();

        await h.SyncAsync(graph);
        var found = await h.NewStore().FindRelationshipsAsync(new([], Either: Hostile[1].ToUpperInvariant()), Token);
        var read = await h.NewStore().ReadGraphAsync(Token);

        foreach (var request in h.Server.Requests.Where(r => r.Statement is not null))
            foreach (var text in Hostile)
                Assert.DoesNotContain(text, request.Statement!, StringComparison.Ordinal);
        Assert.Equal(JsonOf(graph), JsonOf(read));
        Assert.Equal(Hostile[0] + "/rel", Assert.Single(found).Relationship.Id);
    }

    [Fact]
    public async Task LabelsOutsideTheVocabulary_NeverReachAQuery()
    {
        await using var h = await StoreHarness.StartAsync();
        var graph = new SomeGraph().Node("x", "State`) DETACH DELETE n //").Build();

        await Assert.ThrowsAsync<StoreException>(() => h.SyncAsync(graph));
        await Assert.ThrowsAsync<StoreException>(() => h.NewStore().FindRelationshipsAsync(new(["ACCUSES]-() DETACH DELETE r //"]), Token));
        Assert.DoesNotContain(h.Server.Requests, r => r.Statement?.Contains("DETACH DELETE n //", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Password_NeverAppearsInLogsOrErrors()
    {
        await using var h = await StoreHarness.StartAsync();
        var errors = new List<Exception>();
        h.Server.Script(r => r.Kind == "merge-nodes", FakeQueryApiResponse.Error("Neo.ClientError.Schema.ConstraintValidationFailed"));
        h.Server.ScriptNext(FakeQueryApiResponse.StatusOnly(503));
        try { await h.SyncAsync(new SomeGraph().Node("a").Build()); } catch (StoreException ex) { errors.Add(ex); }
        await h.SyncAsync(new SomeGraph().Node("a").Build());
        h.Server.ScriptNext(FakeQueryApiResponse.Unauthorized());
        try { await h.NewStore().ReadGraphAsync(Token); } catch (StoreException ex) { errors.Add(ex); }

        var logs = h.Logs;
        Assert.NotEmpty(logs);
        Assert.NotEmpty(errors);
        var encoded = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{StoreHarness.User}:{StoreHarness.Password}"));
        foreach (var text in logs.Select(l => l.Message + " " + l.Exception).Concat(errors.Select(e => e.ToString())))
        {
            Assert.DoesNotContain(StoreHarness.Password, text, StringComparison.Ordinal);
            Assert.DoesNotContain(encoded, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(StoreHarness.Password, h.Services.GetRequiredService<IOptions<Neo4jOptions>>().Value.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AreValidated_NamingEveryProblem()
    {
        using var services = new ServiceCollection()
            .AddSingleton(SomeVocabulary.FromRepository())
            .AddLogging()
            .AddNeo4jGraphStore(o => { o.Uri = null; o.Password = ""; o.BatchSize = 0; })
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains(":Uri", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains(":Password", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains(":BatchSize", StringComparison.Ordinal));
    }

    private static string JsonOf(GraphData graph) => GraphBuilder.Export.JsonGraphWriter.ToJson(graph);
}
