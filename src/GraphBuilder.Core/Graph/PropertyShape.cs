using GraphBuilder.Graph.Values;

namespace GraphBuilder.Graph;

/// <summary>
/// The property keys one kind of compiled element can have, in ordinal order. Maps are built with
/// one key array per combination of present keys, shared by every element with that combination.
/// </summary>
internal sealed class PropertyShape
{
    private readonly string[] _keys;
    private readonly string[]?[] _subsets;

    public PropertyShape(params string[] keys)
    {
        if (keys.Length > 16) throw new ArgumentException("at most 16 keys", nameof(keys));
        if (!keys.SequenceEqual(keys.Order(StringComparer.Ordinal))) throw new ArgumentException("keys must be in ordinal order", nameof(keys));
        _keys = keys;
        _subsets = new string[]?[1 << keys.Length];
    }

    /// <summary>A map of the non-null <paramref name="values"/>, given in the order of the shape's keys.</summary>
    public PropertyMap Map(ReadOnlySpan<PropertyValue?> values)
    {
        if (values.Length != _keys.Length) throw new ArgumentException($"expected {_keys.Length} values, got {values.Length}", nameof(values));
        var mask = 0;
        var count = 0;
        for (var i = 0; i < values.Length; i++)
            if (values[i] is not null)
            {
                mask |= 1 << i;
                count++;
            }
        var kept = new PropertyValue[count];
        count = 0;
        foreach (var value in values)
            if (value is not null) kept[count++] = value;
        return new PropertyMap(KeysFor(mask), kept);
    }

    private string[] KeysFor(int mask)
    {
        // Racing threads may each build the array once; any of them is as good as the others.
        if (Volatile.Read(ref _subsets[mask]) is { } known) return known;
        var keys = new string[int.PopCount(mask)];
        var count = 0;
        for (var i = 0; i < _keys.Length; i++)
            if ((mask & (1 << i)) != 0) keys[count++] = _keys[i];
        Volatile.Write(ref _subsets[mask], keys);
        return keys;
    }
}
