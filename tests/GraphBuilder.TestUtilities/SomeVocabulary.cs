using GraphBuilder.Schema;
using YamlDotNet.RepresentationModel;

namespace GraphBuilder.Testing;

/// <summary>The repository's schema/vocabulary.yaml, read just far enough for tests (no validation).</summary>
public static class SomeVocabulary
{
    private static readonly Lazy<Vocabulary> Repository = new(() => Load(RepositoryRoot.File("schema", "vocabulary.yaml")));

    public static Vocabulary FromRepository() => Repository.Value;

    public static Vocabulary Load(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var kinds = ((YamlMappingNode)root["kinds"]).Children.Select(k => new EntityKind(
            Scalar(k.Key), Scalar(((YamlMappingNode)k.Value)["label"]), Text((YamlMappingNode)k.Value, "description")));
        var types = ((YamlMappingNode)root["relationships"]).Children.Select(t =>
        {
            var body = (YamlMappingNode)t.Value;
            return new RelationshipType(Scalar(t.Key), Text(body, "description"), List(body, "from"), List(body, "to"),
                body.Children.ContainsKey("entityField") ? Scalar(body["entityField"]) : null);
        });
        return new Vocabulary(kinds, Scalar(root["sourceLabel"]), types);
    }

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    private static string Text(YamlMappingNode body, string key) => body.Children.ContainsKey(key) ? Scalar(body[key]) : "";

    private static HashSet<string> List(YamlMappingNode body, string key) =>
        ((YamlSequenceNode)body[key]).Children.Select(Scalar).ToHashSet(StringComparer.Ordinal);
}
