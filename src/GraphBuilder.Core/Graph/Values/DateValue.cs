namespace GraphBuilder.Graph.Values;

/// <summary>A calendar date without time or zone (years 1 to 9999), written <c>yyyy-MM-dd</c> by every encoder.</summary>
public sealed record DateValue(DateOnly Value) : PropertyValue
{
    internal override TResult Accept<TState, TResult>(PropertyValueVisitor<TState, TResult> visitor, TState state) =>
        visitor.OnDate(state, Value);
}
