using System.Text.RegularExpressions;
using GraphBuilder.Validation;
using GraphBuilder.Yaml;

namespace GraphBuilder.Schema;

/// <summary>
/// Loads <c>vocabulary.yaml</c> in two phases: read every entry, then resolve the kind names
/// relationship types refer to. All problems are gathered and thrown as one <see cref="SchemaLoadException"/>.
/// </summary>
public static partial class VocabularyLoader
{
    public const string FileName = "vocabulary.yaml";

    private static readonly string[] TopKeys = ["kinds", "sourceLabel", "polarity", "relationships"];
    private static readonly string[] KindKeys = ["label", "description"];
    private static readonly string[] TypeKeys = ["description", "from", "to", "entityField", "allowSelf", "category", "speaksFor", "cues"];
    private static readonly string[] VoiceKeys = ["active", "passive", "targetFirst"];
    private static readonly string[] PolarityKeys = ["negation", "denial", "refutation", "hedge", "attribution"];

    public static Vocabulary LoadFromFolder(string schemaFolder) => Load(Path.Combine(schemaFolder, FileName));

    public static Vocabulary Load(string path)
    {
        var diagnostics = new DiagnosticBag();
        if (!File.Exists(path))
        {
            diagnostics.Add(SourcePosition.StartOf(path), "vocabulary file not found", "pass --schema DIR pointing at the folder holding vocabulary.yaml");
            throw new SchemaLoadException(diagnostics.Items);
        }
        var text = YamlTextDecoder.Decode(File.ReadAllBytes(path), path, diagnostics);
        var root = text is null ? null : YamlTreeReader.Read(text, path, diagnostics);
        var top = root is null ? null : MappingFields.Open(root, "the vocabulary", TopKeys, diagnostics);
        if (top is null || diagnostics.HasErrors) throw new SchemaLoadException(Fail(diagnostics, path));

        var kinds = new List<EntityKind>();
        foreach (var (name, node) in Entries(top.Node("kinds"), "kinds", top.Position, diagnostics))
        {
            var m = MappingFields.Open(node, $"kind '{name.Value}'", KindKeys, diagnostics);
            var label = m?.Required("label", (v, at) => new Located(v, at));
            if (label is not null && !IdentifierPattern().IsMatch(label.Value))
                diagnostics.Add(label.At, $"label '{label.Value}' must be a letter followed by letters, digits or '_'");
            if (m is not null && label is not null)
                kinds.Add(new EntityKind(name.Value, label.Value, m.Optional("description", (v, _) => v) ?? ""));
        }

        var sourceLabel = top.Required("sourceLabel", (v, at) => new Located(v, at));
        var types = new List<RelationshipType>();
        var kindNames = kinds.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, node) in Entries(top.Node("relationships"), "relationships", top.Position, diagnostics))
        {
            if (!IdentifierPattern().IsMatch(name.Value))
                diagnostics.Add(name.Position, $"relationship type '{name.Value}' must be a letter followed by letters, digits or '_'");
            var m = MappingFields.Open(node, $"relationship type '{name.Value}'", TypeKeys, diagnostics);
            if (m is null) continue;
            var from = ResolveKinds(m.List("from", (v, at) => new Located(v, at), allowSingle: false), kindNames, diagnostics);
            var to = ResolveKinds(m.List("to", (v, at) => new Located(v, at), allowSingle: false), kindNames, diagnostics);
            if (m.Node("from") is null) diagnostics.Add(m.Position, $"relationship type '{name.Value}' is missing required key 'from'");
            if (m.Node("to") is null) diagnostics.Add(m.Position, $"relationship type '{name.Value}' is missing required key 'to'");
            var allowSelf = m.Optional("allowSelf", (v, at) => new Located(v, at));
            if (allowSelf is not null && allowSelf.Value is not ("true" or "false"))
                diagnostics.Add(allowSelf.At, "allowSelf must be true or false");
            var speaksFor = m.Optional("speaksFor", (v, at) => new Located(v, at));
            if (speaksFor is not null && speaksFor.Value is not ("true" or "false"))
                diagnostics.Add(speaksFor.At, "speaksFor must be true or false");
            var category = m.Optional("category", (v, at) => new Located(v, at));
            if (category is not null && !RelationshipType.Categories.Contains(category.Value))
                diagnostics.Add(category.At, $"category must be one of {string.Join(", ", RelationshipType.Categories)}", DidYouMean.Hint(category.Value, RelationshipType.Categories));
            types.Add(new RelationshipType(name.Value, m.Optional("description", (v, _) => v) ?? "", from, to,
                m.Optional("entityField", (v, _) => v))
            {
                AllowSelf = allowSelf?.Value == "true",
                SpeaksFor = speaksFor?.Value == "true",
                Category = category?.Value ?? RelationshipType.DefaultCategory,
                Cues = Cues(name.Value, m.Node("cues"), diagnostics),
            });
        }

        foreach (var clash in types.Where(t => t.EntityField is not null).GroupBy(t => t.EntityField).Where(g => g.Count() > 1))
            diagnostics.Add(top.Position, $"entityField '{clash.Key}' is used by more than one relationship type");
        var polarity = Polarity(top.Node("polarity"), diagnostics);
        if (diagnostics.HasErrors || sourceLabel is null) throw new SchemaLoadException(Fail(diagnostics, path));
        return new Vocabulary(kinds, sourceLabel.Value, types, polarity);
    }

    private static List<RelationCue> Cues(string type, YNode? node, DiagnosticBag diagnostics)
    {
        var cues = new List<RelationCue>();
        if (node is null) return cues;
        var m = MappingFields.Open(node, $"the cues of '{type}'", VoiceKeys, diagnostics);
        if (m is null) return cues;
        for (var v = 0; v < VoiceKeys.Length; v++)
            foreach (var phrase in Phrases(m, VoiceKeys[v], diagnostics))
                cues.Add(new RelationCue(type, phrase, (CueVoice)v));
        return cues;
    }

    private static List<PolarityPhrase> Polarity(YNode? node, DiagnosticBag diagnostics)
    {
        var table = new List<PolarityPhrase>();
        if (node is null) return table;
        var m = MappingFields.Open(node, "the polarity table", PolarityKeys, diagnostics);
        if (m is null) return table;
        for (var k = 0; k < PolarityKeys.Length; k++)
            foreach (var phrase in Phrases(m, PolarityKeys[k], diagnostics))
                table.Add(new PolarityPhrase((PolarityKind)k, phrase));
        return table;
    }

    private static IEnumerable<Phrase> Phrases(MappingFields m, string key, DiagnosticBag diagnostics)
    {
        foreach (var entry in m.List(key, (v, at) => new Located(v, at), allowSingle: false))
        {
            var phrase = Phrase.Parse(entry.Value);
            if (phrase is null || phrase.Words[0].Length < 2)
                diagnostics.Add(entry.At, $"'{entry.Value}' is not a phrase: give words of two letters or more, with '*' only between words");
            else yield return phrase;
        }
    }

    private static IReadOnlyList<Diagnostic> Fail(DiagnosticBag diagnostics, string path)
    {
        if (!diagnostics.HasErrors) diagnostics.Add(SourcePosition.StartOf(path), "vocabulary is empty");
        return diagnostics.Sorted();
    }

    private static IEnumerable<(YScalar Name, YNode Node)> Entries(YNode? node, string key, SourcePosition owner, DiagnosticBag diagnostics)
    {
        if (node is YMapping mapping) return mapping.Entries.Select(e => (e.Key, e.Value));
        diagnostics.Add(node?.Position ?? owner, $"'{key}' must be a mapping of names to definitions");
        return [];
    }

    private static HashSet<string> ResolveKinds(IReadOnlyList<Located> names, HashSet<string> known, DiagnosticBag diagnostics)
    {
        foreach (var name in names.Where(n => !known.Contains(n.Value)))
            diagnostics.Add(name.At, $"unknown entity kind '{name.Value}'", DidYouMean.Hint(name.Value, known));
        return names.Select(n => n.Value).Where(known.Contains).ToHashSet(StringComparer.Ordinal);
    }

    private sealed record Located(string Value, SourcePosition At);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
