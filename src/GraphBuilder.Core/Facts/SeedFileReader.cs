using GraphBuilder.Schema;
using GraphBuilder.Validation;
using GraphBuilder.Yaml;

namespace GraphBuilder.Facts;

/// <summary>Reads one seed file into records, reporting every problem the file has on its own.</summary>
public sealed class SeedFileReader(Vocabulary vocabulary)
{
    private static readonly string[] TopKeys = ["sources", "entities", "facts"];
    private static readonly string[] SourceKeys = ["id", "title", "publisher", "published", "document", "url", "note"];
    private static readonly string[] CitationKeys = ["source", "quote"];
    private static readonly string[] FactKeys = ["id", "type", "subject", "object", "date", "from", "to", "about", "note", "sources"];
    private static readonly string[] EntityBaseKeys = ["id", "kind", "name", "aliases", "role", "note", "sources"];

    private readonly string[] _entityKeys = [.. EntityBaseKeys, .. vocabulary.EntityFields.Keys.Order(StringComparer.Ordinal)];

    public SeedFile Read(ReadOnlySpan<byte> bytes, string path)
    {
        var diagnostics = new DiagnosticBag();
        var text = YamlTextDecoder.Decode(bytes, path, diagnostics);
        if (text is null) return SeedFile.Failed(path, diagnostics.Items);

        var root = YamlTreeReader.Read(text, path, diagnostics);
        if (diagnostics.HasErrors) return SeedFile.Failed(path, diagnostics.Items);
        if (root is null || root is YScalar { IsNull: true })
        {
            diagnostics.Add(SourcePosition.StartOf(path), "file has no content",
                "a seed file is a mapping with 'sources:', 'entities:' and/or 'facts:' lists");
            return SeedFile.Failed(path, diagnostics.Items);
        }

        var top = MappingFields.Open(root, "a seed file", TopKeys, diagnostics);
        if (top is null) return SeedFile.Failed(path, diagnostics.Items);

        var sources = top.Items("sources", required: false).Select(n => ReadSource(n, diagnostics)).OfType<SourceRecord>().ToList();
        var entities = top.Items("entities", required: false).Select(n => ReadEntity(n, diagnostics)).OfType<EntityRecord>().ToList();
        var facts = top.Items("facts", required: false).Select(n => ReadFact(n, diagnostics)).OfType<FactRecord>().ToList();
        return new SeedFile(path, sources, entities, facts, diagnostics.Items);
    }

    private static Field MakeField(string value, SourcePosition at) => new(value, at);

    private static SourceRecord? ReadSource(YNode node, DiagnosticBag diagnostics)
    {
        var m = MappingFields.Open(node, "a source", SourceKeys, diagnostics);
        if (m is null) return null;
        return new SourceRecord(
            m.Required("id", MakeField), m.Required("title", MakeField), m.Required("publisher", MakeField),
            m.Required("published", MakeField), m.Required("document", MakeField),
            m.Optional("url", MakeField), m.Optional("note", MakeField), m.Position);
    }

    private EntityRecord? ReadEntity(YNode node, DiagnosticBag diagnostics)
    {
        var m = MappingFields.Open(node, "an entity", _entityKeys, diagnostics);
        if (m is null) return null;
        var links = new List<EntityLink>();
        foreach (var key in m.Keys)
        {
            if (!vocabulary.EntityFields.ContainsKey(key)) continue;
            links.AddRange(m.List(key, MakeField, allowSingle: true).Select(target => new EntityLink(key, target)));
        }
        return new EntityRecord(
            m.Required("id", MakeField), m.Required("kind", MakeField), m.Required("name", MakeField),
            m.List("aliases", MakeField, allowSingle: false), m.Optional("role", MakeField), m.Optional("note", MakeField),
            links, ReadCitations(m, required: false, diagnostics), m.Position);
    }

    private static FactRecord? ReadFact(YNode node, DiagnosticBag diagnostics)
    {
        var m = MappingFields.Open(node, "a fact", FactKeys, diagnostics);
        if (m is null) return null;
        return new FactRecord(
            m.Required("id", MakeField), m.Required("type", MakeField), m.Required("subject", MakeField), m.Required("object", MakeField),
            m.Optional("date", MakeField), m.Optional("from", MakeField), m.Optional("to", MakeField),
            m.Optional("about", MakeField), m.Optional("note", MakeField),
            ReadCitations(m, required: true, diagnostics), m.Position);
    }

    private static List<CitationRecord> ReadCitations(MappingFields owner, bool required, DiagnosticBag diagnostics)
    {
        var citations = new List<CitationRecord>();
        foreach (var item in owner.Items("sources", required))
        {
            var m = MappingFields.Open(item, "a source citation", CitationKeys, diagnostics);
            if (m is null) continue;
            citations.Add(new CitationRecord(m.Required("source", MakeField), m.Required("quote", MakeField), m.Position));
        }
        return citations;
    }
}
