using System.Text;
using GraphBuilder.Graph;

namespace GraphBuilder.Curation;

/// <summary>
/// Keeps the suggestions that pass <c>validate --strict</c>: each is written as a fact beside a copy of the seed files and
/// the report, the real validation runs, and a suggestion with any error or warning at its lines is dropped. So a kept
/// suggestion passes every rule validate applies (quotes, support, and whatever evidence rules it grows), by construction.
/// A suggestion whose sentence fails is tried again with each of its <see cref="Suggestion.Narrower"/> quotes, widest first:
/// it is kept with the first that passes.
/// </summary>
internal static class SuggestionCheck
{
    private const string CandidatesFile = "gb-suggest-candidates.yaml";

    public static IReadOnlyList<Suggestion> Passing(CorpusPipeline pipeline, string seeds, string document, IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken)
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

            var compiled = pipeline.Run(folder, strict: true, cancellationToken);
            var flagged = compiled.Diagnostics.Concat(compiled.Warnings)
                .Where(d => Path.GetFileName(d.Position.Path) == CandidatesFile)
                .Select(d => d.Position.Line)
                .ToHashSet();
            return variants.Where((_, k) => !flagged.Any(line => line >= lines[k].First && line <= lines[k].Last))
                .GroupBy(v => v.Index).Select(g => g.First().Variant).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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
