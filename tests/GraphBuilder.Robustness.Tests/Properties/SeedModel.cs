using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphBuilder.Robustness.Tests.Properties;

/// <summary>
/// A small, always-valid seeds folder as data (entities, facts, which file holds each record) that edits
/// change and <see cref="Render"/> writes out in full, so adding, changing, removing and moving records
/// and renaming files are all just edits of the model.
/// </summary>
public sealed class SeedModel
{
    public static readonly string[] Sentences =
    [
        "Alpha accused Beta of the outage.",
        "The League condemned the statement from O'Brien \"the\" `tick` }) DETACH DELETE n //.",
        "Officials denied it; '); DROP TABLE nodes; -- was found in the logs.",
        "Everyone supported the call for calm.",
    ];

    public static readonly string[] Names = ["Alpha", "Beta Republic", "O'Brien \"the\" `tick`", "'); DROP TABLE nodes; --", "}) DETACH DELETE n //", "two\nlines", "Ünïcödé ✓"];
    public static readonly string[] Kinds = ["state", "organisation", "official"];
    public static readonly string[] Types = ["ACCUSES", "DENIES", "CONDEMNS", "SUPPORTS"];
    public static readonly string?[] Dates = [null, "2024-01-02", "2024-01", "2023"];
    public static readonly string[] FileNames = ["a.yaml", "b.yaml", "sub/c.yaml", "d.yml", "sub/deeper/e.yaml"];

    public SortedDictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, Fact> Facts { get; } = new(StringComparer.Ordinal);

    public sealed record Entity(string Kind, string Name, string[] Aliases, string File);
    public sealed record Fact(string Type, string Subject, string Object, string? Date, int Sentence, string File);

    public void Render(string seeds)
    {
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.EnumerateFiles(seeds, "*.y*ml", SearchOption.AllDirectories)) File.Delete(file);
        Directory.CreateDirectory(Path.Combine(seeds, "documents"));
        File.WriteAllText(Path.Combine(seeds, "documents", "doc.txt"), string.Join("\n\n", Sentences) + "\n");
        File.WriteAllText(Path.Combine(seeds, "sources.yaml"),
            "sources:\n  - id: src\n    title: The Report\n    publisher: The Daily\n    published: 2024-01-03\n    document: documents/doc.txt\n");
        var texts = new SortedDictionary<string, (StringBuilder Entities, StringBuilder Facts)>(StringComparer.Ordinal);
        (StringBuilder Entities, StringBuilder Facts) For(string file) =>
            texts.TryGetValue(file, out var t) ? t : texts[file] = (new StringBuilder(), new StringBuilder());
        foreach (var (id, e) in Entities)
            For(e.File).Entities.Append($"  - id: {Q(id)}\n    kind: {e.Kind}\n    name: {Q(e.Name)}\n    aliases: [{string.Join(", ", e.Aliases.Select(Q))}]\n");
        foreach (var (id, f) in Facts)
        {
            For(f.File).Facts.Append($"  - id: {Q(id)}\n    type: {f.Type}\n    subject: {Q(f.Subject)}\n    object: {Q(f.Object)}\n");
            if (f.Date is not null) For(f.File).Facts.Append($"    date: {f.Date}\n");
            For(f.File).Facts.Append($"    sources:\n      - source: src\n        quote: {Q(Sentences[f.Sentence])}\n");
        }
        foreach (var (file, (entities, facts)) in texts)
        {
            var path = Path.Combine(seeds, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = new StringBuilder();
            if (entities.Length > 0) text.Append("entities:\n").Append(entities);
            if (facts.Length > 0) text.Append("facts:\n").Append(facts);
            File.WriteAllText(path, text.ToString());
        }
    }

    /// <summary>A JSON string is a valid YAML double-quoted scalar: quotes, backticks, newlines and all.</summary>
    public static string Q(string value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
