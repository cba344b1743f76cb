using System.Collections.Concurrent;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace GraphBuilder.Stores.Neo4j.Tests.Live;

/// <summary>
/// One throwaway Neo4j per image for the whole test run, started through Testcontainers' generic container API with
/// the Query API enabled as docker-compose.yml enables it; Testcontainers removes them when the run ends.
/// </summary>
internal static class Neo4jContainers
{
    /// <summary>The LTS line and the current calendar release.</summary>
    public const string Lts = "neo4j:5.26";
    public const string Calendar = "neo4j:2025";

    public const string Password = "gb-live-password";

    private static readonly ConcurrentDictionary<string, Lazy<Task<IContainer>>> Started = new(StringComparer.Ordinal);

    /// <summary>The HTTP endpoint of a running Neo4j of <paramref name="image"/>.</summary>
    public static async Task<Uri> StartAsync(string image)
    {
        var container = await Started.GetOrAdd(image, i => new Lazy<Task<IContainer>>(() => StartNewAsync(i))).Value.ConfigureAwait(false);
        return new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}");
    }

    private static async Task<IContainer> StartNewAsync(string image)
    {
        var container = new ContainerBuilder(image)
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
            .WithEnvironment("NEO4J_server_http__enabled__modules", "TRANSACTIONAL_ENDPOINTS,UNMANAGED_EXTENSIONS,BROWSER,QUERY_API")
            .WithEnvironment("NEO4J_server_memory_heap_max__size", "1G")
            .WithEnvironment("NEO4J_db_transaction_timeout", "60s")
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync().ConfigureAwait(false);
        return container;
    }
}
