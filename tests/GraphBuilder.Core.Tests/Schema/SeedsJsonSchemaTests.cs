using System.Text.Json;
using GraphBuilder.Testing;
using NJsonSchema;
using YamlDotNet.Serialization;

namespace GraphBuilder.Tests.Schema;

/// <summary>
/// Every shipped seed file must satisfy schema/seeds.schema.json (the schema editors use). The YAML
/// is converted to JSON with every scalar as a string, as the YAML language server sees plain values.
/// </summary>
public sealed class SeedsJsonSchemaTests
{
    public static TheoryData<string> SeedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Seeds, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepoPaths.Seeds, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public async Task ShippedSeedFile_ValidatesAgainstTheSeedsJsonSchema(string relativePath)
    {
        var schemaPath = Path.Combine(RepoPaths.Schema, "seeds.schema.json");
        Assert.True(File.Exists(schemaPath), $"{schemaPath} does not exist yet");
        var schema = await JsonSchema.FromFileAsync(schemaPath, TestContext.Current.CancellationToken);

        var json = YamlToJson(File.ReadAllText(Path.Combine(RepoPaths.Seeds, relativePath)));
        var errors = schema.Validate(json);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind} (line {e.LineNumber})")));
    }

    private static string YamlToJson(string yaml)
    {
        // Without a type, YamlDotNet yields dictionaries, lists and strings: every scalar stays a string.
        var value = new DeserializerBuilder().Build().Deserialize<object?>(yaml);
        return JsonSerializer.Serialize(Plain(value));
    }

    private static object? Plain(object? value) => value switch
    {
        IDictionary<object, object?> map => map.ToDictionary(e => e.Key.ToString()!, e => Plain(e.Value)),
        IList<object?> list => list.Select(Plain).ToList(),
        _ => value?.ToString(),
    };
}
