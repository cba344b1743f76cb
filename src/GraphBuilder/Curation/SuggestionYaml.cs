using System.Text;
using GraphBuilder.Facts;

namespace GraphBuilder.Curation;

/// <summary>
/// Writes suggestions as YAML to review and paste: candidate facts (one per type, subject and object, with every sentence
/// of the report that states it as a citation) and new citations for facts that exist. Every item carries a
/// <c># suggestion</c> comment saying how it was read; a suggestion the source already backs is left out.
/// </summary>
internal static class SuggestionYaml
{
    public static string Write(string sourceId, IReadOnlyList<Suggestion> suggestions, SeedCorpus corpus)
    {
        var facts = corpus.Facts.Where(f => f.Id is not null && f.Type is not null && f.Subject is not null && f.Object is not null).ToList();
        var ids = CuratedCorpus.Ids(corpus);
        var newFacts = new List<IGrouping<(string Type, string Subject, string Object), Suggestion>>();
        var citations = new List<(FactRecord Fact, Suggestion Suggestion)>();
        foreach (var group in suggestions.GroupBy(s => (s.Type, s.Subject, s.Object)))
        {
            var existing = facts.Where(f => f.Type!.Value == group.Key.Type && f.Subject!.Value == group.Key.Subject && f.Object!.Value == group.Key.Object).ToList();
            if (existing.Count == 0) newFacts.Add(group);
            else if (!existing.Any(f => f.Sources.Any(c => c.Source?.Value == sourceId)))
                citations.AddRange(group.Select(s => (existing[0], s)));
        }

        var yaml = new StringBuilder();
        yaml.Append("# graphbuilder suggest --source ").Append(sourceId).Append(": ").Append(newFacts.Count).Append(" candidate facts, ")
            .Append(citations.Count).Append(" new citations for facts that exist.\n")
            .Append("# Suggestions, not facts: the tool reads names and cue words, not meaning. Check each one against its quote\n")
            .Append("# (type, direction, date), give it an 'about', delete its '# suggestion' line, and paste what you keep into\n")
            .Append("# a file under seeds/facts/ (new facts) or under the named fact's sources: (new citations); then validate --strict.\n");
        yaml.Append("facts:").Append(newFacts.Count == 0 ? " []\n" : "\n");
        foreach (var group in newFacts)
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
        yaml.Append("citations:").Append(citations.Count == 0 ? " {}\n" : "\n");
        foreach (var fact in citations.GroupBy(c => c.Fact))
        {
            yaml.Append("  # suggestion: new citations for fact '").Append(fact.Key.Id!.Value).Append("': paste them under its sources:\n");
            yaml.Append("  ").Append(fact.Key.Id!.Value).Append(":\n");
            foreach (var (_, s) in fact) Citation(yaml, "    ", s);
        }
        return yaml.ToString();
    }

    private static void Citation(StringBuilder yaml, string indent, Suggestion s)
    {
        yaml.Append(indent).Append("- source: ").Append(s.SourceId).Append('\n');
        yaml.Append(indent).Append("  quote: ").Append(SourceEntry.Quote(s.Quote)).Append('\n');
        if (s.Context is not null) yaml.Append(indent).Append("  context: ").Append(SourceEntry.Quote(s.Context)).Append('\n');
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
