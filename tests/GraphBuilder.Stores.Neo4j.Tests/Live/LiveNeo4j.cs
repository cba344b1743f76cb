using GraphBuilder.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Stores.Neo4j.Tests.Live;

/// <summary>
/// Connects to a real Neo4j named by NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, optional NEO4J_DATABASE);
/// without NEO4J_URI the calling test is reported as skipped.
/// </summary>
public static class LiveNeo4j
{
    public static ServiceProvider ServicesOrSkip()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
            Assert.Skip("NEO4J_URI not set: start Neo4j (docker compose up -d neo4j) and set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to run the live suite.");
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton(SomeVocabulary.FromRepository())
            .AddNeo4jGraphStore(o =>
            {
                o.Uri = new Uri(uri);
                o.User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j";
                o.Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "";
                o.Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j";
            })
            .BuildServiceProvider();
    }
}
