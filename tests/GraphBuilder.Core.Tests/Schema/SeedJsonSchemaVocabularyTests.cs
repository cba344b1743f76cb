using System.Text.Json.Nodes;
using GraphBuilder.Schema;
using GraphBuilder.Testing;
using Xunit;

namespace GraphBuilder.Tests.Schema;

/// <summary>
/// The editor's JSON Schema and the validator's vocabulary must describe the same words, so what an
/// editor accepts and what `validate` accepts agree. When this fails, edit schema/seeds.schema.json.
/// </summary>
public sealed class SeedJsonSchemaVocabularyTests
{
    private static readonly string SchemaFolder = RepoPaths.Schema;
    private static readonly Vocabulary Vocabulary = VocabularyLoader.LoadFromFolder(SchemaFolder);
    private static readonly JsonNode JsonSchema = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder, "seeds.schema.json")))!;

    [Fact]
    public void JsonSchema_ListsExactlyTheVocabularysRelationshipTypes()
    {
        var listed = Enum(JsonSchema["definitions"]!["fact"]!["properties"]!["type"]!);
        Assert.Equal(Vocabulary.RelationshipTypes.Keys.Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public void JsonSchema_ListsExactlyTheVocabularysEntityKinds()
    {
        var listed = Enum(JsonSchema["definitions"]!["entity"]!["properties"]!["kind"]!);
        Assert.Equal(Vocabulary.Kinds.Keys.Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public void JsonSchema_AllowsExactlyTheVocabularysEntityLinkKeys()
    {
        string[] baseKeys = ["id", "kind", "name", "aliases", "role", "note", "sources"];
        var linkKeys = JsonSchema["definitions"]!["entity"]!["properties"]!.AsObject()
            .Select(p => p.Key).Except(baseKeys).Order(StringComparer.Ordinal);
        Assert.Equal(Vocabulary.EntityFields.Keys.Order(StringComparer.Ordinal), linkKeys);
    }

    private static string[] Enum(JsonNode node) =>
        node["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();
}
