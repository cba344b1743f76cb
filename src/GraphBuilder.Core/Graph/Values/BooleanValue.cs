namespace GraphBuilder.Graph.Values;

/// <summary>A boolean value.</summary>
public sealed record BooleanValue : PropertyValue
{
    // Two values only: share them.
    private static readonly BooleanValue True = new(true);
    private static readonly BooleanValue False = new(false);

    private BooleanValue(bool value) => Value = value;

    public bool Value { get; }

    public static BooleanValue Of(bool value) => value ? True : False;

    internal override TResult Accept<TState, TResult>(PropertyValueVisitor<TState, TResult> visitor, TState state) =>
        visitor.OnBoolean(state, Value);
}
