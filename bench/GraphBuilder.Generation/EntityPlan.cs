namespace GraphBuilder.Generation;

/// <summary>The planned entities and, per kind, the indexes of the entities of that kind.</summary>
public sealed record EntityPlan(IReadOnlyList<GeneratedEntity> Entities, IReadOnlyDictionary<string, int[]> ByKind)
{
    /// <summary>Indexes of entities whose kind is in <paramref name="kinds"/>, ascending.</summary>
    public int[] Pool(IReadOnlySet<string> kinds) =>
        kinds.Where(ByKind.ContainsKey).SelectMany(k => ByKind[k]).Order().ToArray();
}
