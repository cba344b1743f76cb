using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>A text value from a seed file and where it was written.</summary>
public sealed record Field(string Value, SourcePosition At)
{
    public override string ToString() => Value;
}
