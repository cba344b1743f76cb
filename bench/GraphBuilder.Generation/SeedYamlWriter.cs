using System.Text;

namespace GraphBuilder.Generation;

/// <summary>
/// Writes generated records in the seed format (docs/seed-format.md): ids, kinds, types and dates
/// as plain scalars, free text double-quoted, LF line endings, so output is byte-stable.
/// </summary>
public sealed class SeedYamlWriter(TextWriter writer)
{
    public void Header(ulong seed)
    {
        writer.Write("# yaml-language-server: $schema=../schema/seeds.schema.json\n");
        writer.Write($"# Synthetic corpus written by 'graphbuilder generate' (seed {seed}); regenerate rather than edit.\n");
    }

    public void Section(string key, bool empty) => writer.Write(empty ? $"{key}: []\n" : $"{key}:\n");

    public void Source(GeneratedSource s)
    {
        Item("id", s.Id);
        Field("title", s.Title);
        Field("publisher", s.Publisher);
        Field("published", s.Published);
        Field("document", s.Document);
        Field("url", s.Url);
        Field("note", s.Note);
    }

    public void Entity(GeneratedEntity e)
    {
        Item("id", e.Id);
        Field("kind", e.Kind);
        Field("name", e.Name);
        if (e.Aliases.Count > 0) writer.Write($"    aliases: [{string.Join(", ", e.Aliases.Select(Scalar))}]\n");
        Field("role", e.Role);
        Field("note", e.Note);
        foreach (var group in e.Links.GroupBy(l => l.Field))
        {
            var targets = group.Select(l => Scalar(l.Target)).ToArray();
            writer.Write(targets.Length == 1 ? $"    {group.Key}: {targets[0]}\n" : $"    {group.Key}: [{string.Join(", ", targets)}]\n");
        }
        Citations(e.Citations);
    }

    public void Fact(GeneratedFact f)
    {
        Item("id", f.Id);
        Field("type", f.Type);
        Field("subject", f.Subject);
        Field("object", f.Object);
        Field("date", f.Date);
        Field("from", f.From);
        Field("to", f.To);
        Field("about", f.About);
        Field("note", f.Note);
        Citations(f.Citations);
    }

    private void Citations(IReadOnlyList<GeneratedCitation> citations)
    {
        if (citations.Count == 0) return;
        writer.Write("    sources:\n");
        foreach (var c in citations)
        {
            writer.Write($"      - source: {Scalar(c.Source)}\n");
            writer.Write($"        quote: {Scalar(c.Quote)}\n");
        }
    }

    private void Item(string key, string value) => writer.Write($"  - {key}: {Scalar(value)}\n");

    private void Field(string key, string? value)
    {
        if (value is not null) writer.Write($"    {key}: {Scalar(value)}\n");
    }

    /// <summary>Plain when the text is a simple token (ids, dates, paths, URLs); double-quoted otherwise.</summary>
    public static string Scalar(string value)
    {
        if (value.Length > 0 && char.IsAsciiLetterOrDigit(value[0]) && value.All(IsPlainChar)
            && value is not ("null" or "Null" or "NULL" or "true" or "false" or "yes" or "no")) return value;
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\') text.Append('\\');
            text.Append(c);
        }
        return text.Append('"').ToString();
    }

    private static bool IsPlainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/';
}
