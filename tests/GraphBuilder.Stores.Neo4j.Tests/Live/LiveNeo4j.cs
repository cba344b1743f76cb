using GraphBuilder.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Stores.Neo4j.Tests.Live;

/// <summary>
/// Connects to a real Neo4j named by NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, optional NEO4J_DATABASE);
/// without NEO4J_URI the calling test is reported as skipped.
/// </summary>
public static class LiveNeo4j
{
    /// <param name="configure">Changes to the options (e.g. small transactions).</param>
    /// <param name="handler">A handler between the store's resilience pipeline and the network (e.g. one that loses replies).</param>
    public static ServiceProvider ServicesOrSkip(Action<Neo4jOptions>? configure = null, DelegatingHandler? handler = null)
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
            Assert.Skip("NEO4J_URI not set: start Neo4j (docker compose up -d neo4j) and set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to run the live suite.");
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(SomeVocabulary.FromRepository())
            .AddNeo4jGraphStore(o =>
            {
                o.Uri = new Uri(uri);
                o.User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j";
                o.Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "";
                o.Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j";
                configure?.Invoke(o);
            });
        if (handler is not null) services.AddHttpClient<QueryApiClient>().AddHttpMessageHandler(() => handler);
        return services.BuildServiceProvider();
    }
}
