namespace GraphBuilder.Generation;

/// <summary>
/// The shape of a synthetic corpus: how many facts, seed files and entities, and the seed that
/// fixes every choice (same options → byte-identical output).
/// </summary>
public sealed record GeneratorOptions(int Facts, int Files, int Entities, ulong Seed)
{
    /// <summary>Sentences written into each source document before the facts' own; entities quote them.</summary>
    public int SentencesPerDocument { get; init; } = 40;

    /// <summary>How many facts share one source, on average (sources = facts / this, at least 2, at most 2000).</summary>
    public int FactsPerSource { get; init; } = 100;

    public int Sources => Math.Clamp(Facts / Math.Max(1, FactsPerSource), 2, 2000);

    /// <summary>Null when the options are usable; otherwise why not.</summary>
    public string? Problem() =>
        Facts < 0 ? "--facts must be 0 or more"
        : Files < 1 ? "--files must be at least 1"
        : Entities < 2 ? "--entities must be at least 2"
        : SentencesPerDocument < 1 ? "SentencesPerDocument must be at least 1"
        : null;
}
