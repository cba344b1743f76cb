using System.Text;
using GraphBuilder.Facts;

namespace GraphBuilder.Curation;

/// <summary>
/// Writes suggestions as YAML to review and paste: candidate facts (one per type, subject and object, with every sentence
/// of the report that states it as a citation) and new citations for facts that exist. Every item carries a
/// <c># suggestion</c> comment saying how it was read; a suggestion the source already backs is left out. The ready ones
/// (passing <c>validate --strict</c> as they are) come first; those that pass only once a curator reviews their evidence
/// flags follow in a second YAML document, each citation with the flags validate gave as comments and a <c>reviewed:</c>
/// entry per flag whose <c>by</c>, <c>on</c> and <c>note</c> are left empty: pasted unfilled, it fails validation, so no
/// flag is silenced without a curator's trace. A needs-review suggestion of a fact a ready one already proposes is left out.
/// </summary>
internal static class SuggestionYaml
{
    public static string Write(string sourceId, IReadOnlyList<Suggestion> suggestions, SeedCorpus corpus)
    {
        var facts = corpus.Facts.Where(f => f.Id is not null && f.Type is not null && f.Subject is not null && f.Object is not null).ToList();
        var ids = CuratedCorpus.Ids(corpus);
        var ready = SuggestionPart.Of(sourceId, suggestions.Where(s => s.Flags.Count == 0), facts);
        var proposed = suggestions.Where(s => s.Flags.Count == 0).Select(s => (s.Type, s.Subject, s.Object)).ToHashSet();
        var review = SuggestionPart.Of(sourceId, suggestions.Where(s => s.Flags.Count > 0 && !proposed.Contains((s.Type, s.Subject, s.Object))), facts);

        var yaml = new StringBuilder();
        yaml.Append("# graphbuilder suggest --source ").Append(sourceId).Append(": ").Append(ready.NewFacts.Count).Append(" candidate facts, ")
            .Append(ready.Citations.Count).Append(" new citations for facts that exist");
        if (review.Count > 0)
            yaml.Append("; and after '---', ").Append(review.NewFacts.Count).Append(" candidate facts, ").Append(review.Citations.Count)
                .Append(" new citations that need a curator's review");
        yaml.Append(".\n")
            .Append("# Suggestions, not facts: the tool reads names and cue words, not meaning. Check each one against its quote\n")
            .Append("# (type, direction, date), give it an 'about', delete its '# suggestion' line, and paste what you keep into\n")
            .Append("# a file under seeds/facts/ (new facts) or under the named fact's sources: (new citations); then validate --strict.\n");
        Items(yaml, ready, ids);
        if (review.Count == 0) return yaml.ToString();
        yaml.Append("---\n")
            .Append("# NEEDS REVIEW: these quotes pass validate --strict only once a curator reviews the evidence flags shown under\n")
            .Append("# each (validate gave exactly these, and nothing else). Read the passage: if it says what the fact claims, fill in\n")
            .Append("# by, on (YYYY-MM-DD) and note (how the passage reads) of each 'reviewed:' entry; left empty, they fail validation.\n")
            .Append("# If it does not, delete the item.\n");
        Items(yaml, review, ids);
        return yaml.ToString();
    }

    private static void Items(StringBuilder yaml, SuggestionPart part, HashSet<string> ids)
    {
        yaml.Append("facts:").Append(part.NewFacts.Count == 0 ? " []\n" : "\n");
        foreach (var group in part.NewFacts)
        {
            var first = group.First();
            var id = NewId(group.Key, ids);
            yaml.Append("  # suggestion: cue \"").Append(first.Cue).Append("\" (").Append(first.Reading).Append("), line ").Append(first.Line).Append('\n');
            yaml.Append("  - id: ").Append(id).Append('\n');
            yaml.Append("    type: ").Append(group.Key.Type).Append('\n');
            yaml.Append("    subject: ").Append(group.Key.Subject).Append('\n');
            yaml.Append("    object: ").Append(group.Key.Object).Append('\n');
            if (group.Select(s => s.Date).FirstOrDefault(d => d is not null) is { } date) yaml.Append("    date: ").Append(date).Append('\n');
            yaml.Append("    sources:\n");
            foreach (var s in group) Citation(yaml, "      ", s);
        }
        yaml.Append("citations:").Append(part.Citations.Count == 0 ? " {}\n" : "\n");
        foreach (var fact in part.Citations.GroupBy(c => c.Fact))
        {
            yaml.Append("  # suggestion: new citations for fact '").Append(fact.Key.Id!.Value).Append("': paste them under its sources:\n");
            yaml.Append("  ").Append(fact.Key.Id!.Value).Append(":\n");
            foreach (var (_, s) in fact) Citation(yaml, "    ", s);
        }
    }

    private static void Citation(StringBuilder yaml, string indent, Suggestion s)
    {
        yaml.Append(indent).Append("- source: ").Append(s.SourceId).Append('\n');
        yaml.Append(indent).Append("  quote: ").Append(SourceEntry.Quote(s.Quote)).Append('\n');
        if (s.Context is not null) yaml.Append(indent).Append("  context: ").Append(SourceEntry.Quote(s.Context)).Append('\n');
        if (s.Flags.Count == 0) return;
        foreach (var flag in s.Flags) yaml.Append(indent).Append("  # validate --strict: ").Append(flag.Said).Append('\n');
        yaml.Append(indent).Append("  reviewed:\n");
        foreach (var flag in s.Flags)
        {
            yaml.Append(indent).Append("    - flag: ").Append(flag.Rule).Append('\n');
            yaml.Append(indent).Append("      by:\n");
            yaml.Append(indent).Append("      on:\n");
            yaml.Append(indent).Append("      note:\n");
        }
    }

    /// <summary>An id like the shipped ones (<c>albania-severs-ties-with-iran</c>), numbered when taken.</summary>
    private static string NewId((string Type, string Subject, string Object) key, HashSet<string> ids)
    {
        var stem = $"{key.Subject}-{key.Type.ToLowerInvariant().Replace('_', '-')}-{key.Object}";
        var id = stem;
        for (var n = 2; !ids.Add(id); n++) id = $"{stem}-{n}";
        return id;
    }
}
