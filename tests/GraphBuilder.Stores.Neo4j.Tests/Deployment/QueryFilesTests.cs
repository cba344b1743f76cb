using GraphBuilder.Testing;
using YamlDotNet.RepresentationModel;

namespace GraphBuilder.Stores.Neo4j.Tests.Deployment;

public sealed class QueryFilesTests
{
    public static TheoryData<string> Queries()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(RepoPaths.File("schema", "queries.yaml"));
        yaml.Load(reader);
        var queries = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["queries"];
        return new TheoryData<string>(queries.Children.Keys.Select(k => ((YamlScalarNode)k).Value!));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void EveryCannedQuery_HasACypherFile_UsingItsTypesAndParameters(string name)
    {
        var path = RepoPaths.File("docs", "neo4j", "queries", name + ".cypher");
        Assert.True(File.Exists(path), $"docs/neo4j/queries/{name}.cypher is missing");
        var text = File.ReadAllText(path);

        var yaml = new YamlStream();
        using var reader = new StreamReader(RepoPaths.File("schema", "queries.yaml"));
        yaml.Load(reader);
        var query = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["queries"])[name];
        foreach (var type in ((YamlSequenceNode)query["types"]).Select(t => ((YamlScalarNode)t).Value!))
            Assert.Contains($":{type}", text, StringComparison.Ordinal);
        if (query.Children.ContainsKey("requires"))
        {
            Assert.Contains("$entity", text, StringComparison.Ordinal);
            Assert.Contains(":param entity", text, StringComparison.Ordinal);
        }
    }
}
