namespace GraphBuilder.Graph.Values;

/// <summary>A 64-bit integer value.</summary>
public sealed record IntegerValue(long Value) : PropertyValue
{
    internal override TResult Accept<TState, TResult>(PropertyValueVisitor<TState, TResult> visitor, TState state) =>
        visitor.OnInteger(state, Value);
}
