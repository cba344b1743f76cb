using GraphBuilder.Validation;

namespace GraphBuilder.Yaml;

/// <summary>A YAML node with its position: the small tree the seed and schema readers walk.</summary>
internal abstract class YNode(SourcePosition position)
{
    public SourcePosition Position { get; } = position;

    /// <summary>What a user would call this node in a message ("a list", "a mapping", "text").</summary>
    public abstract string Describe();
}
