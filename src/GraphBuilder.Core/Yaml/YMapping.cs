using GraphBuilder.Validation;

namespace GraphBuilder.Yaml;

/// <summary>A mapping with its keys in file order (duplicates are rejected by the reader).</summary>
public sealed class YMapping(SourcePosition position, IReadOnlyList<KeyValuePair<YScalar, YNode>> entries) : YNode(position)
{
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    public YNode? this[string key]
    {
        get
        {
            foreach (var (k, v) in Entries)
                if (k.Value == key) return v;
            return null;
        }
    }

    public override string Describe() => "a mapping (key: value pairs)";
}
