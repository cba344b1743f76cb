using System.Diagnostics.CodeAnalysis;

namespace GraphBuilder.Graph.Values;

/// <summary>
/// A property value of a node or relationship. The hierarchy is closed: a value is a
/// <see cref="StringValue"/>, <see cref="IntegerValue"/>, <see cref="FloatValue"/>, <see cref="BooleanValue"/>,
/// <see cref="DateValue"/> or <see cref="StringListValue"/>, and every encoder (content hash, exports,
/// stores) renders it through one <see cref="PropertyValueVisitor{TState, TResult}"/>, so a new value
/// type cannot be added without every encoder being told how to write it.
/// </summary>
/// <remarks>Modelled on Serilog's <c>LogEventPropertyValue</c>. Values are immutable and compare by value.</remarks>
public abstract record PropertyValue
{
    private protected PropertyValue()
    {
    }

    /// <summary>Calls the visitor's method for this value's type; internal so no other assembly can add a type.</summary>
    internal abstract TResult Accept<TState, TResult>(PropertyValueVisitor<TState, TResult> visitor, TState state);

    [return: NotNullIfNotNull(nameof(value))]
    public static implicit operator PropertyValue?(string? value) => value is null ? null : new StringValue(value);

    public static implicit operator PropertyValue(long value) => new IntegerValue(value);

    public static implicit operator PropertyValue(double value) => new FloatValue(value);

    public static implicit operator PropertyValue(bool value) => BooleanValue.Of(value);

    public static implicit operator PropertyValue?(DateOnly? value) => value is { } date ? new DateValue(date) : null;

    [return: NotNullIfNotNull(nameof(value))]
    public static implicit operator PropertyValue?(string[]? value) => value is null ? null : new StringListValue(value);
}
