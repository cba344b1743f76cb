using GraphBuilder.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Stores.Neo4j.Tests.Live;

/// <summary>
/// A real Neo4j for the live suite: the server NEO4J_URI names (with NEO4J_USER, NEO4J_PASSWORD, optional NEO4J_DATABASE),
/// else a container of the test's image started through Testcontainers where a Docker engine answers; otherwise the
/// calling test is reported as skipped with the reason (failed, when NEO4J_LIVE_REQUIRED=true).
/// </summary>
public static class LiveNeo4j
{
    public static TheoryData<string> Images => new(Neo4jContainers.Lts, Neo4jContainers.Calendar);

    /// <param name="image">The image to start when NEO4J_URI is unset.</param>
    /// <param name="configure">Changes to the options (e.g. small transactions).</param>
    /// <param name="handler">A handler between the store's resilience pipeline and the network (e.g. one that loses replies).</param>
    public static async Task<ServiceProvider> ServicesOrSkipAsync(string image, Action<Neo4jOptions>? configure = null, DelegatingHandler? handler = null)
    {
        var (uri, user, password) = await ServerOrSkipAsync(image);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(SomeVocabulary.FromRepository())
            .AddNeo4jGraphStore(o =>
            {
                o.Uri = uri;
                o.User = user;
                o.Password = password;
                o.Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j";
                configure?.Invoke(o);
            });
        if (handler is not null) services.AddHttpClient<QueryApiClient>().AddHttpMessageHandler(() => handler);
        return services.BuildServiceProvider();
    }

    /// <summary>The server's HTTP endpoint and credentials.</summary>
    public static async Task<(Uri Uri, string User, string Password)> ServerOrSkipAsync(string image)
    {
        var configured = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (!string.IsNullOrWhiteSpace(configured))
            return (new Uri(configured), Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j", Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "");
        if (DockerEngine.UnavailableReason is { } reason)
        {
            var why = $"{reason}: the live suite starts {image} with Docker, or runs against the server NEO4J_URI names (with NEO4J_USER, NEO4J_PASSWORD).";
            // CI sets NEO4J_LIVE_REQUIRED so that a runner without Docker fails instead of passing with the suite unrun.
            if (Environment.GetEnvironmentVariable("NEO4J_LIVE_REQUIRED") == "true") Assert.Fail(why);
            Assert.Skip(why);
        }
        return (await Neo4jContainers.StartAsync(image), "neo4j", Neo4jContainers.Password);
    }
}
