using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphBuilder.Facts;
using GraphBuilder.Files;

namespace GraphBuilder.Curation;

/// <summary>
/// Writes a source record into the seeds: appended to <c>sources.yaml</c> when that file holds only
/// the sources list (with the list's own indentation), otherwise as a new file of its own.
/// Values are double-quoted with JSON escapes, which YAML reads back verbatim.
/// </summary>
internal static class SourceEntry
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Quote(string text) => JsonSerializer.Serialize(text, Quoting);

    /// <returns>The seed file written, relative to the seeds folder.</returns>
    public static string Append(string seeds, NewSource source)
    {
        var sourcesFile = Path.Combine(seeds, "sources.yaml");
        var existing = ReadExisting(sourcesFile);
        if (existing is not null && OnlySourcesList(existing))
        {
            // The whole file is written anew and renamed over the old one: a failed append never leaves half an entry.
            SafeFile.WriteAllText(sourcesFile, existing + (existing.EndsWith('\n') ? "" : "\n") + Entry(ListIndent(existing), source));
            return "sources.yaml";
        }
        var written = existing is null ? "sources.yaml" : Path.Combine("sources", source.Id + ".yaml");
        var path = Path.Combine(seeds, written);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var schema = existing is null ? "../schema/seeds.schema.json" : "../../schema/seeds.schema.json";
        SafeFile.WriteAllText(path, $"# yaml-language-server: $schema={schema}\nsources:\n" + Entry("  ", source));
        return written;
    }

    /// <summary>The seed file's text, read within the same limits as every seed file; null when there is none.</summary>
    private static string? ReadExisting(string path)
    {
        var kind = FileKinds.Of(path, followLinks: false);
        if (kind == FileKind.Missing) return null;
        if (kind == FileKind.Regular && new FileInfo(path).Length == 0) return "";
        var (text, problem) = DocumentFile.ReadText(path, Facts.DisplayPath.Of(path), new SeedLimits().MaxFileBytes);
        return text ?? throw new Cli.UsageException($"cannot add the entry to {Facts.DisplayPath.Of(path)}: {problem}");
    }

    /// <summary>The entry with the text's fields and the curator's under their markers, as docs/seed-format.md asks.</summary>
    private static string Entry(string indent, NewSource source)
    {
        var entry = new StringBuilder();
        entry.Append(indent).Append("- id: ").Append(source.Id).Append('\n');
        void Line(string key, string? value)
        {
            if (value is not null) entry.Append(indent).Append("  ").Append(key).Append(": ").Append(value).Append('\n');
        }
        void Marker(string text) => entry.Append(indent).Append("  # ").Append(text).Append('\n');
        var fromText = new[] { ("title", source.TitleFromText ? source.Title : null), ("dateline", source.Dateline), ("credit", source.Credit) };
        if (fromText.Any(f => f.Item2 is not null)) Marker("from the text");
        foreach (var (key, value) in fromText) Line(key, value is null ? null : Quote(value));
        Marker("the curator's");
        Line("title", source.TitleFromText ? null : Quote(source.Title));
        Line("publisher", Quote(source.Publisher));
        Line("carries", source.Carries is null ? null : Quote(source.Carries));
        Line("published", source.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line("document", source.Document);
        Line("url", source.Url is null ? null : Quote(source.Url));
        Line("note", source.Note is null ? null : Quote(source.Note));
        return entry.ToString();
    }

    /// <summary>The indentation of the sources list's items (two spaces when the list is empty).</summary>
    private static string ListIndent(string yaml)
    {
        var item = yaml.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
        return item is null ? "  " : item[..(item.Length - item.TrimStart().Length)];
    }

    /// <summary>True when the only top-level key is <c>sources:</c> (so appending lines extends that list).</summary>
    private static bool OnlySourcesList(string yaml)
    {
        var topLevel = yaml.Split('\n').Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && l[0] != '#').ToList();
        return topLevel is [var only] && only.TrimEnd() == "sources:";
    }
}
