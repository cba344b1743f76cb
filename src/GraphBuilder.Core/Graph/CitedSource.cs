using GraphBuilder.Facts;

namespace GraphBuilder.Graph;

/// <summary>What a source contributes to the citations of the relationships that cite it.</summary>
internal sealed class CitedSource
{
    public CitedSource(SourceRecord source)
    {
        (Id, Publisher, Title) = (source.Id!.Value, source.Publisher!.Value, source.Title!.Value);
        Published = FactDate.Parse(source.Published!.Value, out _)?.First;
        Text = ContentHash.CitedSourceText(Id, Publisher, Title, Published);
    }

    public string Id { get; }
    public string Publisher { get; }
    public string Title { get; }
    public DateOnly? Published { get; }

    /// <summary>The citation's part of a relationship's hash text, less the quote.</summary>
    public byte[] Text { get; }

    /// <summary>The sources of a valid corpus by id.</summary>
    public static Dictionary<string, CitedSource> Of(SeedCorpus corpus) => Of(corpus.Files);

    /// <summary>The sources of a valid corpus's files by id.</summary>
    public static Dictionary<string, CitedSource> Of(IReadOnlyList<SeedFile> files)
    {
        var sources = new Dictionary<string, CitedSource>(StringComparer.Ordinal);
        foreach (var file in files)
            foreach (var source in file.Sources)
                sources.Add(source.Id!.Value, new CitedSource(source));
        return sources;
    }

    /// <summary>The ids of the sources whose citations differ between two corpora's sources: changed, added or gone.</summary>
    public static HashSet<string> Changed(IReadOnlyDictionary<string, CitedSource> before, IReadOnlyDictionary<string, CitedSource> now)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, source) in now)
            if (!before.TryGetValue(id, out var earlier) || !earlier.Text.AsSpan().SequenceEqual(source.Text)) changed.Add(id);
        foreach (var id in before.Keys)
            if (!now.ContainsKey(id)) changed.Add(id);
        return changed;
    }
}
