using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>
/// What a record reader keeps of one value while streaming a seed file: its shape, position and,
/// for a scalar, its text; a list's items live in the owning <see cref="CapturedMapping"/>.
/// </summary>
internal readonly record struct CapturedNode(CapturedShape Shape, SourcePosition At, string Value, bool IsPlain, int FirstItem, int ItemCount)
{
    public static CapturedNode Scalar(SourcePosition at, string value, bool isPlain) => new(CapturedShape.Scalar, at, value, isPlain, 0, 0);
    public static CapturedNode Nested(CapturedShape shape, SourcePosition at) => new(shape, at, "", false, 0, 0);

    /// <summary>A plain <c>~</c>, <c>null</c> or empty scalar.</summary>
    public bool IsNull => Shape == CapturedShape.Scalar && IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>What a user would call this node in a message (the same words as the schema files' tree).</summary>
    public string Describe() => Shape switch
    {
        CapturedShape.Scalar => IsNull ? "an empty value" : "a single value",
        CapturedShape.Sequence => "a list",
        _ => "a mapping (key: value pairs)",
    };
}
