using System.Diagnostics;
using System.Text.RegularExpressions;
using GraphBuilder.Testing;
using YamlDotNet.RepresentationModel;

namespace GraphBuilder.Deployment.Tests;

public sealed class ComposeFileTests
{
    private static YamlMappingNode Compose()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(RepoPaths.File("docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)((YamlMappingNode)Compose()["services"])[name];

    [Fact]
    public void Neo4jService_PinsA5_26Image_WithVolumeAndPassword()
    {
        var neo4j = Service("neo4j");
        Assert.Matches(new Regex(@"^neo4j:5\.26\.\d+$"), ((YamlScalarNode)neo4j["image"]).Value);
        Assert.Contains(((YamlSequenceNode)neo4j["volumes"]).Select(n => ((YamlScalarNode)n).Value), v => v!.EndsWith(":/data", StringComparison.Ordinal));
        Assert.Contains("${NEO4J_PASSWORD", ((YamlScalarNode)((YamlMappingNode)neo4j["environment"])["NEO4J_AUTH"]).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Neo4jPorts_AreBoundToLoopbackByDefault()
    {
        var ports = ((YamlSequenceNode)Service("neo4j")["ports"]).Select(n => ((YamlScalarNode)n).Value!).ToArray();
        Assert.Equal(["${NEO4J_BIND:-127.0.0.1}:7474:7474", "${NEO4J_BIND:-127.0.0.1}:7687:7687"], ports);
    }

    [Fact]
    public void Neo4jMemory_IsSetForALaptop_IncludingTransactionMemory()
    {
        var env = (YamlMappingNode)Service("neo4j")["environment"];
        foreach (var key in new[] { "NEO4J_server_memory_heap_max__size", "NEO4J_server_memory_pagecache_size", "NEO4J_dbms_memory_transaction_total_max", "NEO4J_db_memory_transaction_max" })
            Assert.True(env.Children.ContainsKey(key), $"{key} is not set");
        Assert.Contains("QUERY_API", ((YamlScalarNode)env["NEO4J_server_http__enabled__modules"]).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Neo4j_EndsTransactionsAClientAbandoned_OnTheServer()
    {
        var env = (YamlMappingNode)Service("neo4j")["environment"];
        Assert.Equal("${NEO4J_TRANSACTION_TIMEOUT:-60s}", ((YamlScalarNode)env["NEO4J_db_transaction_timeout"]).Value);
    }

    [Fact]
    public void Neo4jHealthcheck_RunsAQueryWithCredentials_NotJustHttp()
    {
        var test = string.Join(" ", ((YamlSequenceNode)((YamlMappingNode)Service("neo4j")["healthcheck"])["test"]).Select(n => ((YamlScalarNode)n).Value));
        Assert.Contains("/db/neo4j/query/v2", test, StringComparison.Ordinal);
        Assert.Contains("RETURN 1", test, StringComparison.Ordinal);
        Assert.Contains("--http-password=\"$${NEO4J_AUTH#neo4j/}\"", test, StringComparison.Ordinal);
        Assert.DoesNotContain("--spider", test, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphBuilderService_WaitsForHealthyNeo4j_AndMountsSeedsReadOnly()
    {
        var app = Service("graphbuilder");
        var dependsOn = (YamlMappingNode)((YamlMappingNode)app["depends_on"])["neo4j"];
        Assert.Equal("service_healthy", ((YamlScalarNode)dependsOn["condition"]).Value);
        Assert.Contains(((YamlSequenceNode)app["volumes"]).Select(n => ((YamlScalarNode)n).Value), v => Regex.IsMatch(v!, @"^\./seeds:.+:ro$"));
        var env = (YamlMappingNode)app["environment"];
        Assert.Equal("Neo4j", ((YamlScalarNode)env["GraphBuilder__Store"]).Value);
        Assert.Equal("http://neo4j:7474", ((YamlScalarNode)env["GraphBuilder__Neo4j__Uri"]).Value);
        Assert.StartsWith("${NEO4J_PASSWORD", ((YamlScalarNode)env["GraphBuilder__Neo4j__Password"]).Value, StringComparison.Ordinal);
        Assert.Equal("watch", ((YamlScalarNode)((YamlSequenceNode)app["command"])[0]).Value);
        Assert.True(File.Exists(RepoPaths.File(((YamlScalarNode)((YamlMappingNode)app["build"])["dockerfile"]).Value!)));
    }

    [Fact]
    public void EnvFile_IsIgnored_AndAnExampleIsCommitted()
    {
        Assert.True(File.Exists(RepoPaths.File(".env.example")));
        Assert.Contains(".env", File.ReadAllLines(RepoPaths.File(".gitignore")));
        Assert.Contains(".env", File.ReadAllLines(RepoPaths.File(".dockerignore")));
    }

    [Fact]
    public async Task DockerCompose_AcceptsTheFile()
    {
        var executable = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "docker-compose")).FirstOrDefault(File.Exists);
        if (executable is null) Assert.Skip("docker-compose is not installed (apt-get install docker-compose).");

        var start = new ProcessStartInfo(executable, ["-f", "docker-compose.yml", "config", "-q"])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["NEO4J_PASSWORD"] = "compose-check";
        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, errors);
    }
}
