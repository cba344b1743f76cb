using GraphBuilder.Validation;

namespace GraphBuilder.Yaml;

internal sealed class YSequence(SourcePosition position, IReadOnlyList<YNode> items) : YNode(position)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override string Describe() => "a list";
}
