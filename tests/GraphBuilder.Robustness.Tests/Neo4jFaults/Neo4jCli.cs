using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Testing;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Robustness.Tests.Neo4jFaults;

/// <summary>
/// A temp folder holding a copy of the frozen fixture corpus (<see cref="RepoPaths.Reports"/>, never the live <c>seeds/</c>), and the environment that points the CLI at a
/// Neo4j Query API (normally a <see cref="FakeQueryApiServer"/>) with short timeouts and fast retries.
/// </summary>
public sealed class Neo4jCli : IDisposable
{
    public const string User = "graph-user";
    public const string Password = "Pa55-w0rd!-never-shown";

    private readonly TempFolder _folder = new("gb-neo4j");

    public Neo4jCli()
    {
        _folder.CopyIn(RepoPaths.Reports, "seeds");
    }

    public string Folder => _folder.Path;
    public string Seeds => _folder.File("seeds");

    public static string Base64Credentials(string user, string password) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}"));

    public static Dictionary<string, string> Environment(Uri uri, string password = Password, int batchSize = 5) => new()
    {
        ["GraphBuilder__Store"] = "Neo4j",
        ["GraphBuilder__Neo4j__Uri"] = uri.ToString(),
        ["GraphBuilder__Neo4j__User"] = User,
        ["GraphBuilder__Neo4j__Password"] = password,
        ["GraphBuilder__Neo4j__BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GraphBuilder__Neo4j__RequestTimeout"] = "00:00:01.5",
        ["GraphBuilder__Neo4j__TotalTimeout"] = "00:00:08",
        ["GraphBuilder__Neo4j__RetryBaseDelay"] = "00:00:00.05",
        ["GraphBuilder__Neo4j__MaxRetryAttempts"] = "4",
        ["GraphBuilder__Neo4j__MaxRetryTime"] = "00:00:03",
    };

    public Task<CliResult> SyncAsync(Uri uri, string password = Password, params string[] extra) =>
        CliProcess.RunAsync(Folder, ["sync", "--seeds", "seeds", "--db", "graph.db", "--schema", RepoPaths.Schema, .. extra], Environment(uri, password));

    /// <summary>Runs any command against the server, with <paramref name="settings"/> added to the environment.</summary>
    public Task<CliResult> RunAsync(Uri uri, IReadOnlyDictionary<string, string>? settings, params string[] arguments)
    {
        var environment = Environment(uri);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
        return CliProcess.RunAsync(Folder, environment, [.. arguments, "--seeds", "seeds", "--schema", RepoPaths.Schema]);
    }

    public void Dispose() => _folder.Dispose();
}
