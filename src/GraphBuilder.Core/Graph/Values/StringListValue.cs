namespace GraphBuilder.Graph.Values;

/// <summary>An ordered list of texts (aliases, say). Compares item by item.</summary>
public sealed record StringListValue : PropertyValue
{
    /// <summary>A list over <paramref name="values"/>, which the caller must not change afterwards.</summary>
    public StringListValue(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values) ArgumentNullException.ThrowIfNull(value, nameof(values));
        Values = values;
    }

    public IReadOnlyList<string> Values { get; }

    public bool Equals(StringListValue? other) =>
        other is not null && (ReferenceEquals(Values, other.Values) || Values.SequenceEqual(other.Values, StringComparer.Ordinal));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in Values) hash.Add(value, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    internal override TResult Accept<TState, TResult>(PropertyValueVisitor<TState, TResult> visitor, TState state) =>
        visitor.OnStringList(state, Values);
}
