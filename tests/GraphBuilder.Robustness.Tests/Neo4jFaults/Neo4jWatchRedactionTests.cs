namespace GraphBuilder.Robustness.Tests.Neo4jFaults;

/// <summary>No output of <c>watch</c> prints the password of a Neo4j URI; each one names the server all the same.</summary>
public sealed class Neo4jWatchRedactionTests(WatchWithCredentialsInTheUri watch) : IClassFixture<WatchWithCredentialsInTheUri>
{
    [Fact]
    public void Banner_NamesTheServer_NeverThePassword() => AssertRedacted(watch.Banner, "Watching");

    [Fact]
    public void JsonLogs_NameTheServer_NeverThePassword() => AssertRedacted(watch.Logs, "\"EventId\":1");

    [Fact]
    public void Health_NamesTheServer_NeverThePassword() => AssertRedacted(watch.Health, "\"checks\"");

    [Fact]
    public void ApiStatus_CarriesTheStoreError_NeverThePassword() => AssertRedacted(watch.Status, "ConstraintValidationFailed");

    [Fact]
    public void Metrics_NeverCarryThePassword() => AssertRedacted(watch.Metrics, "graphbuilder_syncs", namesServer: false);

    private void AssertRedacted(string output, string expected, bool namesServer = true)
    {
        Assert.Contains(expected, output, StringComparison.Ordinal);
        if (namesServer) Assert.Contains($"127.0.0.1:{watch.Endpoint.Port}", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Neo4jCli.Password, output, StringComparison.Ordinal);
        Assert.DoesNotContain(Neo4jCli.Base64Credentials(Neo4jCli.User, Neo4jCli.Password), output, StringComparison.Ordinal);
    }
}
