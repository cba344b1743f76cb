namespace GraphBuilder.Graph.Values;

/// <summary>A text value, kept exactly as given (line ends and all).</summary>
public sealed record StringValue(string Value) : PropertyValue
{
    public string Value { get; } = Value ?? throw new ArgumentNullException(nameof(Value));

    internal override TResult Accept<TState, TResult>(PropertyValueVisitor<TState, TResult> visitor, TState state) =>
        visitor.OnString(state, Value);
}
