using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Validation;
using GraphBuilder.Yaml;

namespace GraphBuilder.Queries;

/// <summary>Loads <c>queries.yaml</c>, checking every type against the vocabulary.</summary>
public static class CannedQueryLoader
{
    public const string FileName = "queries.yaml";

    private static readonly string[] QueryKeys = ["description", "types", "requires"];

    public static IReadOnlyList<CannedQuery> LoadFromFolder(string schemaFolder, Vocabulary vocabulary)
    {
        var path = Path.Combine(schemaFolder, FileName);
        var diagnostics = new DiagnosticBag();
        if (!File.Exists(path))
        {
            diagnostics.Add(SourcePosition.StartOf(path), "queries file not found");
            throw new SchemaLoadException(diagnostics.Items);
        }
        var text = YamlTextDecoder.Decode(File.ReadAllBytes(path), path, diagnostics);
        var root = text is null ? null : YamlTreeReader.Read(text, path, diagnostics);
        var top = root is null ? null : MappingFields.Open(root, "the queries file", ["queries"], diagnostics);
        var queries = new List<CannedQuery>();
        if (top?.Node("queries") is YMapping mapping)
        {
            foreach (var (name, node) in mapping.Entries)
            {
                var m = MappingFields.Open(node, $"query '{name.Value}'", QueryKeys, diagnostics);
                if (m is null) continue;
                var types = m.List("types", (v, at) => new Field(v, at), allowSingle: false);
                foreach (var type in types.Where(t => !vocabulary.RelationshipTypes.ContainsKey(t.Value)))
                    diagnostics.Add(type.At, $"unknown relationship type '{type.Value}'", DidYouMean.Hint(type.Value, vocabulary.RelationshipTypes.Keys));
                var requires = m.Optional("requires", (v, at) => new Field(v, at));
                var requirement = EntityRequirement.None;
                if (requires is { } r && !Enum.TryParse(r.Value, ignoreCase: true, out requirement))
                    diagnostics.Add(r.At, $"requires must be one of subject, object, either; found '{r.Value}'");
                queries.Add(new CannedQuery(name.Value, m.Optional("description", (v, _) => v) ?? "", types.Select(t => t.Value).ToArray(), requirement));
            }
        }
        else if (top is not null)
        {
            diagnostics.Add(top.Position, "'queries' must be a mapping of query names to definitions");
        }
        if (diagnostics.HasErrors) throw new SchemaLoadException(diagnostics.Sorted());
        return queries;
    }
}
