using System.Text;
using GraphBuilder.Graph;
using GraphBuilder.Validation;
using GraphBuilder.Validation.Evidence;

namespace GraphBuilder.Curation;

/// <summary>
/// Runs the real validation on the suggestions: each is written as a fact beside a copy of the seed files and the report,
/// and what validate says at its lines decides. Nothing: it is ready (it passes <c>validate --strict</c> as it is, by
/// construction). Only evidence flags (the evidence rules' warnings, which <c>--strict</c> makes errors and a curator's
/// <c>reviewed:</c> entry acknowledges): it needs review, and carries those flags (<see cref="Suggestion.Flags"/>). Anything
/// else (a quote not found, an elision, support, schema, any other warning): it is dropped. A suggestion whose sentence is
/// not ready is tried again with each of its <see cref="Suggestion.Narrower"/> quotes: the first ready one is kept, else
/// the one with the fewest flags (widest first).
/// </summary>
internal static class SuggestionCheck
{
    private const string CandidatesFile = "gb-suggest-candidates.yaml";

    public static IReadOnlyList<Suggestion> Checked(CorpusPipeline pipeline, string seeds, string document, IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken)
    {
        if (suggestions.Count == 0) return suggestions;
        var folder = Directory.CreateTempSubdirectory("gb-suggest-").FullName;
        try
        {
            // The seed files (small: what names and ids resolve against) and the one report the quotes come from.
            foreach (var file in Directory.EnumerateFiles(seeds, "*.yaml", SearchOption.AllDirectories).Append(Path.Combine(seeds, document)))
            {
                var target = Path.Combine(folder, Path.GetRelativePath(seeds, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
            var variants = suggestions.SelectMany((s, i) => s.Narrower.Select(q => s with { Quote = q, Narrower = [] }).Prepend(s).Select(v => (Index: i, Variant: v))).ToList();
            var (yaml, lines) = Candidates(variants.Select(v => v.Variant).ToList());
            File.WriteAllText(Path.Combine(folder, CandidatesFile), yaml, new UTF8Encoding(false));

            // Not strict, so a warning stays told apart from an error; --strict would make each warning an error, nothing more.
            var compiled = pipeline.Run(folder, strict: false, cancellationToken);
            var said = compiled.Diagnostics.Concat(compiled.Warnings).Where(d => Path.GetFileName(d.Position.Path) == CandidatesFile).ToList();
            return variants
                .Select((v, k) => (v.Index, Variant: v.Variant, Flags: Flags(said.Where(d => d.Position.Line >= lines[k].First && d.Position.Line <= lines[k].Last))))
                .Where(v => v.Flags is not null)
                .GroupBy(v => v.Index)
                .Select(g => g.OrderBy(v => v.Flags!.Count).First())
                .Select(v => v.Variant with { Flags = v.Flags!, Narrower = [] })
                .ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The evidence flags among what validate said at one candidate's lines, or null when it said anything else.
    /// </summary>
    private static List<SuggestionFlag>? Flags(IEnumerable<Diagnostic> said)
    {
        var flags = new List<SuggestionFlag>();
        foreach (var d in said)
        {
            if (!d.IsWarning || d.EvidenceRule is not { } rule) return null;
            flags.Add(new SuggestionFlag(rule.Id, Diagnostic.OneLine(d.Hint is null ? $"warning: {d.Message}" : $"warning: {d.Message} ({d.Hint})")));
        }
        return flags;
    }

    /// <summary>One fact per suggestion, and the lines each spans.</summary>
    private static (string Yaml, (int First, int Last)[] Lines) Candidates(IReadOnlyList<Suggestion> suggestions)
    {
        var yaml = new StringBuilder("facts:\n");
        var line = 2;
        var lines = new (int, int)[suggestions.Count];
        for (var i = 0; i < suggestions.Count; i++)
        {
            var s = suggestions[i];
            var first = line;
            void Line(string text)
            {
                yaml.Append(text).Append('\n');
                line++;
            }
            Line($"  - id: gb-suggest-candidate-{i}");
            Line($"    type: {s.Type}");
            Line($"    subject: {s.Subject}");
            Line($"    object: {s.Object}");
            if (s.Date is not null) Line($"    date: {s.Date}");
            Line("    sources:");
            Line($"      - source: {s.SourceId}");
            Line($"        quote: {SourceEntry.Quote(s.Quote)}");
            if (s.Context is not null) Line($"        context: {SourceEntry.Quote(s.Context)}");
            lines[i] = (first, line - 1);
        }
        return (yaml.ToString(), lines);
    }
}
