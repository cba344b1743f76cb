namespace GraphBuilder.Graph;

/// <summary>A compiled node. <see cref="Hash"/> covers label and properties, so an unchanged node syncs as a no-op.</summary>
public sealed record GraphNode(string Id, string Label, PropertyMap Properties, string Hash)
{
    public string Name => Properties.GetString("name") ?? Properties.GetString("title") ?? Id;

    public IReadOnlyList<string> Aliases => Properties.GetStrings("aliases") ?? [];
}
