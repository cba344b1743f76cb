using GraphBuilder.Facts;

namespace GraphBuilder.Curation;

/// <summary>
/// One part of <see cref="SuggestionYaml"/>'s output (the ready suggestions, or those that need review): candidate facts (by
/// type, subject and object) and new citations for facts that exist.
/// </summary>
internal sealed record SuggestionPart(
    List<IGrouping<(string Type, string Subject, string Object), Suggestion>> NewFacts, List<(FactRecord Fact, Suggestion Suggestion)> Citations)
{
    public int Count => NewFacts.Count + Citations.Count;

    public static SuggestionPart Of(string sourceId, IEnumerable<Suggestion> suggestions, List<FactRecord> facts)
    {
        var part = new SuggestionPart([], []);
        foreach (var group in suggestions.GroupBy(s => (s.Type, s.Subject, s.Object)))
        {
            var existing = facts.Where(f => f.Type!.Value == group.Key.Type && f.Subject!.Value == group.Key.Subject && f.Object!.Value == group.Key.Object).ToList();
            if (existing.Count == 0) part.NewFacts.Add(group);
            else if (!existing.Any(f => f.Sources.Any(c => c.Source?.Value == sourceId)))
                part.Citations.AddRange(group.Select(s => (existing[0], s)));
        }
        return part;
    }
}
