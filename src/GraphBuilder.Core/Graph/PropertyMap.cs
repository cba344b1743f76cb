using System.Collections;
using System.Diagnostics.CodeAnalysis;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Graph;

/// <summary>
/// The properties of a node or relationship: immutable, built once, in ordinal key order so
/// hashes and exports are stable. Values are <see cref="PropertyValue"/>s; an absent value is an absent key.
/// </summary>
/// <remarks>
/// Two parallel arrays instead of a tree: a compiled graph holds one map per element, and a
/// sorted dictionary costs a node object per property. Neither array is written after
/// construction, so maps with the same keys (the compiler's) share one key array.
/// </remarks>
public sealed class PropertyMap : IReadOnlyDictionary<string, PropertyValue>
{
    private readonly string[] _keys;
    private readonly PropertyValue[] _values;

    /// <summary>A map over <paramref name="keys"/> (ordinal-sorted, distinct) and their values; the caller hands both arrays over.</summary>
    internal PropertyMap(string[] keys, PropertyValue[] values)
    {
        _keys = keys;
        _values = values;
    }

    public static PropertyMap Empty { get; } = new([], []);

    /// <summary>A map of the given properties, leaving out null values; a key given twice is an error.</summary>
    public static PropertyMap From(IEnumerable<KeyValuePair<string, PropertyValue?>> properties)
    {
        var present = properties.Where(p => p.Value is not null).ToArray();
        var keys = new string[present.Length];
        var values = new PropertyValue[present.Length];
        for (var i = 0; i < present.Length; i++)
            (keys[i], values[i]) = (present[i].Key ?? throw new ArgumentException("A property key is null.", nameof(properties)), present[i].Value!);
        Array.Sort(keys, values, StringComparer.Ordinal);
        for (var i = 1; i < keys.Length; i++)
            if (keys[i - 1] == keys[i]) throw new ArgumentException($"Property '{keys[i]}' is given twice.", nameof(properties));
        return new PropertyMap(keys, values);
    }

    /// <summary>A map of the given (key, value) pairs, leaving out null values.</summary>
    public static PropertyMap Of(params (string Key, PropertyValue? Value)[] properties) =>
        From(properties.Select(p => KeyValuePair.Create(p.Key, p.Value)));

    /// <summary>A new map with <paramref name="key"/> set to <paramref name="value"/>, or without it when the value is null; this map is unchanged.</summary>
    public PropertyMap With(string key, PropertyValue? value)
    {
        var at = IndexOf(key);
        if (value is null)
        {
            if (at < 0) return this;
            return new PropertyMap([.. _keys.AsSpan(0, at), .. _keys.AsSpan(at + 1)], [.. _values.AsSpan(0, at), .. _values.AsSpan(at + 1)]);
        }
        if (at >= 0)
        {
            var replaced = (PropertyValue[])_values.Clone();
            replaced[at] = value;
            return new PropertyMap(_keys, replaced);
        }
        at = ~at;
        return new PropertyMap(
            [.. _keys.AsSpan(0, at), key, .. _keys.AsSpan(at)],
            [.. _values.AsSpan(0, at), value, .. _values.AsSpan(at)]);
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int low = 0, high = _keys.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var order = string.CompareOrdinal(_keys[mid], key);
            if (order == 0) return mid;
            if (order < 0) low = mid + 1;
            else high = mid - 1;
        }
        return ~low;
    }

    /// <summary>The keys in order, for hashing without an enumerator.</summary>
    internal ReadOnlySpan<string> KeySpan => _keys;

    /// <summary>The values in key order.</summary>
    internal ReadOnlySpan<PropertyValue> ValueSpan => _values;

    public PropertyValue this[string key] => IndexOf(key) is var at and >= 0 ? _values[at] : throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");
    public IEnumerable<string> Keys => Array.AsReadOnly(_keys);
    public IEnumerable<PropertyValue> Values => Array.AsReadOnly(_values);
    public int Count => _keys.Length;
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out PropertyValue value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? _values[at] : null;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, PropertyValue>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++) yield return new KeyValuePair<string, PropertyValue>(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The text of <paramref name="key"/>, or null when it is absent or not a <see cref="StringValue"/>.</summary>
    public string? GetString(string key) => TryGetValue(key, out var v) && v is StringValue s ? s.Value : null;

    /// <summary>The date of <paramref name="key"/>, or null when it is absent or not a <see cref="DateValue"/>.</summary>
    public DateOnly? GetDate(string key) => TryGetValue(key, out var v) && v is DateValue d ? d.Value : null;

    /// <summary>The texts of <paramref name="key"/>, or null when it is absent or not a <see cref="StringListValue"/>.</summary>
    public IReadOnlyList<string>? GetStrings(string key) => TryGetValue(key, out var v) && v is StringListValue l ? l.Values : null;
}
