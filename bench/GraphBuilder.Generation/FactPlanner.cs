using System.Globalization;
using GraphBuilder.Schema;

namespace GraphBuilder.Generation;

/// <summary>
/// Plans facts one at a time: relationship types in turn (every type occurs once there are as
/// many facts as types), subject and object drawn from the kinds each type allows, a date, a
/// range or none, and one or two citations, each quoting a sentence it adds to a cited document
/// that names the subject and the object (so the support check holds).
/// </summary>
internal sealed class FactPlanner
{
    private readonly SeedRandom _random;
    private readonly IReadOnlyList<GeneratedSource> _sources;
    private readonly EntityPlan _plan;
    private readonly (RelationshipType Type, int[] From, int[] To)[] _types;
    private readonly List<PlannedClaim>?[] _claims;

    public FactPlanner(Vocabulary vocabulary, SeedRandom random, IReadOnlyList<GeneratedSource> sources, EntityPlan plan)
    {
        _claims = new List<PlannedClaim>?[sources.Count];
        _random = random;
        _sources = sources;
        _plan = plan;
        _types = vocabulary.RelationshipTypes.Values.OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (t, plan.Pool(t.FromKinds), plan.Pool(t.ToKinds)))
            .Where(t => t.Item2.Length > 0 && t.Item3.Length > 0 && (t.t.AllowSelf || t.Item2.Length > 1 || t.Item3.Length > 1 || t.Item2[0] != t.Item3[0]))
            .ToArray();
    }

    public GeneratedFact Next(int index, int total)
    {
        if (_types.Length == 0) throw new ArgumentException("no relationship type has entities of its allowed kinds; raise --entities");
        var (type, from, to) = _types[index % _types.Length];
        var subject = _random.Pick(from);
        var @object = _random.Pick(to);
        for (var attempt = 0; @object == subject && !type.AllowSelf; attempt++)
            @object = attempt < 8 ? _random.Pick(to) : to[(Array.IndexOf(to, @object) + 1) % to.Length];
        if (@object == subject && !type.AllowSelf) subject = from.First(s => s != @object);

        var width = Math.Max(7, total.ToString(CultureInfo.InvariantCulture).Length);
        var (date, rangeFrom, rangeTo) = Dates();
        var verb = Verb(type);
        var year = (date ?? rangeFrom ?? rangeTo) is { } start ? int.Parse(start.AsSpan(0, 4), CultureInfo.InvariantCulture) : (int?)null;
        var citations = new List<GeneratedCitation> { Cite(subject, @object, verb, year) };
        if (_random.Chance(30)) citations.Add(Cite(subject, @object, verb, year));
        return new GeneratedFact($"f{index.ToString("D" + width, CultureInfo.InvariantCulture)}", type.Name,
            _plan.Entities[subject].Id, _plan.Entities[@object].Id, date, rangeFrom, rangeTo,
            _random.Chance(60) ? SyntheticText.Phrase(_random) : null,
            _random.Chance(10) ? SyntheticText.Phrase(_random) : null,
            citations);
    }

    /// <summary>The sentences planned for source <paramref name="source"/>'s document, in the order facts cited them.</summary>
    public IReadOnlyList<PlannedClaim> Claims(int source) => _claims[source] ?? [];

    // A citation quotes a new sentence of a random source's document that names both parties.
    private GeneratedCitation Cite(int subject, int @object, string verb, int? year)
    {
        var source = _random.Next(_sources.Count);
        var words = _random.NextUInt64();
        (_claims[source] ??= []).Add(new PlannedClaim(subject, @object, words, verb, year));
        var sentence = SyntheticText.Claim(_plan.Entities[subject].Name, _plan.Entities[@object].Name, words, verb, year);
        return new GeneratedCitation(_sources[source].Id, QuoteMaker.Quote(_random, sentence));
    }

    // The past tense of the type's first one-word active cue ("accuse" -> "accused"), so the sentence
    // says the type; a type without cues (structural) is not checked for one.
    private static string Verb(Schema.RelationshipType type)
    {
        var cue = type.Cues.FirstOrDefault(c => c.Voice == Schema.CueVoice.Active && c.Phrase.Words.Count == 1)?.Phrase.Words[0];
        if (cue is null) return "named";
        return cue.EndsWith('e') ? cue + "d" : cue + "ed";
    }

    private (string? Date, string? From, string? To) Dates()
    {
        var first = new DateOnly(_random.Next(2000, 2024), _random.Next(1, 13), _random.Next(1, 29));
        var variant = _random.Next(100);
        if (variant < 10) return (null, null, null);
        if (variant < 85) return (Format(first, variant < 60 ? 0 : variant < 75 ? 1 : 2), null, null);
        // Any written form of the two ends keeps the range ordered: from covers 'first', to covers 'last' >= first.
        var last = first.AddDays(_random.Next(1, 900));
        var ends = _random.Next(10);
        return (null, ends == 0 ? null : Format(first, _random.Next(3)), ends == 1 ? null : Format(last, _random.Next(3)));
    }

    private static string Format(DateOnly date, int precision) => date.ToString(
        precision switch { 0 => "yyyy-MM-dd", 1 => "yyyy-MM", _ => "yyyy" }, CultureInfo.InvariantCulture);
}
