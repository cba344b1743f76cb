namespace GraphBuilder.Graph.Values;

/// <summary>A 64-bit floating-point value (NaN and the infinities included).</summary>
public sealed record FloatValue(double Value) : PropertyValue
{
    internal override TResult Accept<TState, TResult>(PropertyValueVisitor<TState, TResult> visitor, TState state) =>
        visitor.OnFloat(state, Value);
}
