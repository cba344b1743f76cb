using System.Collections;

namespace GraphBuilder.Graph;

/// <summary>
/// Node or relationship properties, kept in ordinal key order so hashes and exports are stable.
/// Values are one of: <see cref="string"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="bool"/>, <see cref="DateOnly"/>, or <see cref="IReadOnlyList{T}"/> of string.
/// </summary>
/// <remarks>
/// Two parallel arrays instead of a tree: a compiled graph holds one map per element, and a
/// sorted dictionary costs a node object per property. The key array is never written in place,
/// so maps with the same keys (the compiler's) share one.
/// </remarks>
public sealed class PropertyMap : IReadOnlyDictionary<string, object>
{
    private string[] _keys;
    private object[] _values;

    public PropertyMap()
    {
        _keys = [];
        _values = [];
    }

    /// <summary>A map over <paramref name="keys"/> (ordinal-sorted, distinct, not modified later) and their values, taken as they are.</summary>
    internal PropertyMap(string[] keys, object[] values)
    {
        // Checked here too: hashing and the stores' encoders rely on every value being one of the supported types.
        for (var i = 0; i < values.Length; i++)
            if (!IsSupported(values[i])) throw Unsupported(keys[i], values[i]);
        _keys = keys;
        _values = values;
    }

    public static PropertyMap Empty { get; } = new();

    public PropertyMap Set(string key, object? value)
    {
        switch (value)
        {
            case null:
                return this;
            case int i:
                Put(key, (long)i);
                return this;
            case var supported when IsSupported(supported):
                Put(key, value);
                return this;
            default:
                throw Unsupported(key, value);
        }
    }

    private static bool IsSupported(object? value) => value is string or long or double or bool or DateOnly or IReadOnlyList<string>;

    private static ArgumentException Unsupported(string key, object? value) =>
        new($"Property '{key}' has unsupported type {value?.GetType().Name ?? "null"}.", nameof(value));

    private void Put(string key, object value)
    {
        var at = IndexOf(key);
        if (at >= 0)
        {
            _values[at] = value;
            return;
        }
        at = ~at;
        var keys = new string[_keys.Length + 1];
        var values = new object[keys.Length];
        _keys.AsSpan(0, at).CopyTo(keys);
        _values.AsSpan(0, at).CopyTo(values);
        keys[at] = key;
        values[at] = value;
        _keys.AsSpan(at).CopyTo(keys.AsSpan(at + 1));
        _values.AsSpan(at).CopyTo(values.AsSpan(at + 1));
        (_keys, _values) = (keys, values);
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
    internal ReadOnlySpan<object> ValueSpan => _values;

    public object this[string key] => IndexOf(key) is var at and >= 0 ? _values[at] : throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");
    public IEnumerable<string> Keys => Array.AsReadOnly(_keys);
    public IEnumerable<object> Values => Array.AsReadOnly(_values);
    public int Count => _keys.Length;
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out object value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? _values[at] : null;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        var (keys, values) = (_keys, _values);
        for (var i = 0; i < keys.Length; i++) yield return new KeyValuePair<string, object>(keys[i], values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public string? GetString(string key) => TryGetValue(key, out var v) ? v as string : null;
}
