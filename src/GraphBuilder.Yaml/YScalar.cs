using GraphBuilder.Validation;

namespace GraphBuilder.Yaml;

/// <summary>A scalar; <see cref="IsNull"/> is true for a plain <c>~</c>, <c>null</c> or empty value.</summary>
internal sealed class YScalar(SourcePosition position, string value, bool isPlain) : YNode(position)
{
    public string Value { get; } = value;
    public bool IsPlain { get; } = isPlain;
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "an empty value" : "a single value";
}
