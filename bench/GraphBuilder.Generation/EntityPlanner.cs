using System.Globalization;
using GraphBuilder.Schema;

namespace GraphBuilder.Generation;

/// <summary>
/// Plans entities: kinds taken in turn from the vocabulary (so every kind occurs), names and
/// aliases, and links for each entity field whose relationship type may start at the entity's kind.
/// </summary>
internal sealed class EntityPlanner(Vocabulary vocabulary, SeedRandom random, IReadOnlyList<GeneratedSource> sources)
{
    public EntityPlan Plan(int count)
    {
        var kinds = vocabulary.Kinds.Keys.Order(StringComparer.Ordinal).ToArray();
        var width = Math.Max(6, count.ToString(CultureInfo.InvariantCulture).Length);
        var kindOf = Enumerable.Range(0, count).Select(i => kinds[i % kinds.Length]).ToArray();
        var ids = Enumerable.Range(0, count).Select(i => $"{kindOf[i]}-{i.ToString("D" + width, CultureInfo.InvariantCulture)}").ToArray();
        var byKind = kinds.ToDictionary(k => k, k => Enumerable.Range(0, count).Where(i => kindOf[i] == k).ToArray(), StringComparer.Ordinal);
        var plan = new EntityPlan([], byKind);
        var linkTypes = vocabulary.EntityFields.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => (Field: f.Key, Type: f.Value, Targets: plan.Pool(f.Value.ToKinds)))
            .ToArray();

        var entities = new List<GeneratedEntity>(count);
        for (var i = 0; i < count; i++)
        {
            var name = SyntheticText.Name(random);
            var aliases = Enumerable.Range(0, random.Next(3)).Select(_ => SyntheticText.Alias(random, name)).Distinct(StringComparer.Ordinal).ToArray();
            var links = new List<(string, string)>();
            foreach (var (field, type, targets) in linkTypes)
            {
                if (!type.FromKinds.Contains(kindOf[i]) || !random.Chance(60)) continue;
                var wanted = random.Chance(20) ? 2 : 1;
                var chosen = new List<int>();
                for (var attempt = 0; attempt < 8 && chosen.Count < wanted && targets.Length > 0; attempt++)
                {
                    var target = random.Pick(targets);
                    if ((target != i || type.AllowSelf) && !chosen.Contains(target)) chosen.Add(target);
                }
                links.AddRange(chosen.Select(t => (field, ids[t])));
            }
            var citations = links.Count > 0 || random.Chance(20)
                ? new[] { Cite(random, sources) }
                : [];
            entities.Add(new GeneratedEntity(ids[i], kindOf[i], name, aliases,
                random.Chance(40) ? SyntheticText.Phrase(random) : null,
                random.Chance(15) ? SyntheticText.Phrase(random) : null,
                links, citations));
        }
        return plan with { Entities = entities };
    }

    public static GeneratedCitation Cite(SeedRandom random, IReadOnlyList<GeneratedSource> sources)
    {
        var source = random.Pick(sources);
        return new GeneratedCitation(source.Id, QuoteMaker.Quote(random, random.Pick(source.Sentences)));
    }
}
