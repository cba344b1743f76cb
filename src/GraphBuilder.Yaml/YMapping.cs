using GraphBuilder.Validation;

namespace GraphBuilder.Yaml;

/// <summary>A mapping with its keys in file order (duplicates are rejected by the reader).</summary>
internal sealed class YMapping(SourcePosition position, IReadOnlyList<KeyValuePair<YScalar, YNode>> entries) : YNode(position)
{
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    public YNode? this[string key]
    {
        get
        {
            // Indexed, not foreach: this runs for every key of every record and must not allocate an enumerator.
            for (var i = 0; i < Entries.Count; i++)
                if (Entries[i].Key.Value == key) return Entries[i].Value;
            return null;
        }
    }

    public override string Describe() => "a mapping (key: value pairs)";
}
