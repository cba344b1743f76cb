using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Graph;

/// <summary>
/// Seed files and edits on the validation/base fixture for the incremental build's tests: each
/// edit changes what one of <see cref="IncrementalBuild"/>'s rules reads (a file's content or path,
/// a source's cited fields, an alias, a document, an id other files refer to), and most toggle, so a
/// sequence of them brings files back to earlier versions.
/// </summary>
internal static class BuildEdits
{
    public const string Cyberattack = "Albania accused Iran of the cyberattack";
    public const string MissileStrike = "Albania accused Iran of the missile strike";
    public const string NatoSupport = "NATO condemned the attack and voiced support for Albania";

    public static string Facts(params string[] facts) => "facts:\n" + string.Concat(facts);

    public static string Accuses(string id, string source, string quote, string @object = "iran") => Fact(id, "ACCUSES", "albania", @object, source, quote);

    public static string Supports(string id, string subject, string quote) => Fact(id, "SUPPORTS", subject, "albania", "other-report", quote);

    private static string Fact(string id, string type, string subject, string @object, string source, string quote) => $"""
          - id: {id}
            type: {type}
            subject: {subject}
            object: {@object}
            sources:
              - source: {source}
                quote: {quote}

        """;

    /// <summary>What a run reports and builds, as lines: errors, warnings (paths relative to the seeds folder), then each element's id and hash.</summary>
    public static string[] Outcome(CompiledCorpus compiled, Func<string, string> relative) =>
    [
        $"files {compiled.FilesTotal}",
        .. compiled.Diagnostics.Select(d => "error " + relative(d.ToString())),
        .. compiled.Warnings.Select(d => relative(d.ToString())),
        .. compiled.Graph?.Nodes.Select(n => $"node {n.Id} {n.Hash}") ?? [],
        .. compiled.Graph?.Relationships.Select(r => $"relationship {r.Id} {r.Hash}") ?? [],
    ];

    public const int Count = 16;

    /// <summary>Applies edit <paramref name="code"/> (modulo <see cref="Count"/>) and says what it did.</summary>
    public static string Apply(TempSeeds seeds, int code)
    {
        switch (code % Count)
        {
            case 0:
                seeds.Write("facts/a.yaml", Facts(Accuses("a1", "report", Cyberattack)));
                return "a.yaml: a valid fact";
            case 1:
                seeds.Write("facts/a.yaml", Facts(Accuses("a1", "report", MissileStrike), Accuses("a2", "report", Cyberattack)));
                return "a.yaml: a quote not in its document";
            case 2:
                seeds.Write("facts/a.yaml", Facts(Accuses("b1", "report", Cyberattack)));
                return "a.yaml: fact id b1";
            case 3:
                seeds.Write("facts/b.yaml", Facts(Supports("b1", "nato", NatoSupport)));
                return "b.yaml: a valid fact citing other-report";
            case 4:
                seeds.Write("facts/b.yaml", Facts(Supports("b1", "iran", NatoSupport)));
                return "b.yaml: a quote that does not name its subject";
            case 5:
                if (!File.Exists(seeds.PathOf("facts/a.yaml"))) return "a.yaml: nothing to delete";
                seeds.Delete("facts/a.yaml");
                return "a.yaml deleted";
            case 6:
                return Move(seeds, "facts/a.yaml", "facts/sub/a.yaml");
            case 7:
                foreach (var file in Directory.EnumerateFiles(seeds.Seeds, "*.yaml", SearchOption.AllDirectories))
                    File.WriteAllBytes(file, File.ReadAllBytes(file));
                return "every file rewritten unchanged";
            case 8:
                return Toggle(seeds, "sources.yaml", "title: Albania cuts ties with Iran", "title: Albania breaks with Iran");
            case 9:
                // other-report may have been moved to a file of its own (edit 12).
                return Toggle(seeds, File.Exists(seeds.PathOf("more-sources.yaml")) ? "more-sources.yaml" : "sources.yaml",
                    "publisher: Other Wire", "publisher: Another Wire");
            case 10:
                return Toggle(seeds, "entities.yaml", "aliases: [NATO]", "aliases: [OTAN]");
            case 11:
                return Toggle(seeds, "documents/report.txt", "rejected it.", "rejected it.\nAlbania accused Iran of the missile strike.");
            case 12:
                return MoveOtherReport(seeds);
            case 13:
                seeds.Write("facts/c.yaml", Facts(Accuses("c1", "report", Cyberattack, @object: "iram")));
                return "c.yaml: an unknown entity";
            case 14:
                return Move(seeds, "facts/c.yaml", "facts/sub/c.yaml");
            default:
                return Toggle(seeds, "documents/other.txt", "voiced support for Albania.", "voiced support.");
        }
    }

    private static string Move(TempSeeds seeds, string from, string to)
    {
        if (!File.Exists(seeds.PathOf(from))) (from, to) = (to, from);
        if (!File.Exists(seeds.PathOf(from))) return $"{from}: nothing to move";
        Directory.CreateDirectory(Path.GetDirectoryName(seeds.PathOf(to))!);
        File.Move(seeds.PathOf(from), seeds.PathOf(to), overwrite: true);
        return $"{from} moved to {to}";
    }

    private static string Toggle(TempSeeds seeds, string file, string one, string other)
    {
        var text = seeds.Read(file);
        // "other" first: it may contain "one".
        var (from, to) = text.Contains(other, StringComparison.Ordinal) ? (other, one) : (one, other);
        seeds.Edit(file, from, to);
        return $"{file}: '{from}' -> '{to}'";
    }

    /// <summary>Moves the other-report source from sources.yaml into a file of its own, or back.</summary>
    private static string MoveOtherReport(TempSeeds seeds)
    {
        const string Entry = "  - id: other-report";
        var text = seeds.Read("sources.yaml");
        if (File.Exists(seeds.PathOf("more-sources.yaml")))
        {
            var moved = seeds.Read("more-sources.yaml");
            seeds.Write("sources.yaml", text.TrimEnd('\n') + "\n" + moved[moved.IndexOf(Entry, StringComparison.Ordinal)..]);
            seeds.Delete("more-sources.yaml");
            return "other-report moved back to sources.yaml";
        }
        var at = text.IndexOf(Entry, StringComparison.Ordinal);
        seeds.Write("more-sources.yaml", "sources:\n" + text[at..]);
        seeds.Write("sources.yaml", text[..at]);
        return "other-report moved to more-sources.yaml";
    }
}
