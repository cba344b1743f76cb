namespace GraphBuilder.Graph;

/// <summary>How many nodes and relationships a sync adds, changes and removes.</summary>
public readonly record struct DiffCounts(
    int NodesAdded, int NodesChanged, int NodesRemoved,
    int RelationshipsAdded, int RelationshipsChanged, int RelationshipsRemoved)
{
    public override string ToString() =>
        $"nodes +{NodesAdded} ~{NodesChanged} -{NodesRemoved}, relationships +{RelationshipsAdded} ~{RelationshipsChanged} -{RelationshipsRemoved}";
}
