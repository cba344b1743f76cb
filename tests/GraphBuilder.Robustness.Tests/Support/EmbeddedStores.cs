using GraphBuilder.Graph;
using GraphBuilder.Stores.Embedded;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Robustness.Tests.Support;

/// <summary>Reads an embedded store file through the product's own store, as a later command would.</summary>
public static class EmbeddedStores
{
    public static SqliteGraphStore Open(string path) => new(Options.Create(new EmbeddedStoreOptions { Path = path }));

    public static Task<GraphData> ReadAsync(string path) => Open(path).ReadGraphAsync(TestContext.Current.CancellationToken);
}
