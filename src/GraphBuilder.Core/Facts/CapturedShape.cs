namespace GraphBuilder.Facts;

/// <summary>The shape of a <see cref="CapturedNode"/>.</summary>
internal enum CapturedShape
{
    Scalar,
    Sequence,
    Mapping,
}
