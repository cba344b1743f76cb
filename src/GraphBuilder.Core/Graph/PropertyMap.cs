using System.Collections;

namespace GraphBuilder.Graph;

/// <summary>
/// Node or relationship properties, kept in ordinal key order so hashes and exports are stable.
/// Values are one of: <see cref="string"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="bool"/>, <see cref="DateOnly"/>, or <see cref="IReadOnlyList{T}"/> of string.
/// </summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, object>
{
    private readonly SortedDictionary<string, object> _values = new(StringComparer.Ordinal);

    public static PropertyMap Empty { get; } = new();

    public PropertyMap Set(string key, object? value)
    {
        switch (value)
        {
            case null:
                return this;
            case string or long or double or bool or DateOnly or IReadOnlyList<string>:
                _values[key] = value;
                return this;
            case int i:
                _values[key] = (long)i;
                return this;
            default:
                throw new ArgumentException($"Property '{key}' has unsupported type {value.GetType().Name}.", nameof(value));
        }
    }

    public object this[string key] => _values[key];
    public IEnumerable<string> Keys => _values.Keys;
    public IEnumerable<object> Values => _values.Values;
    public int Count => _values.Count;
    public bool ContainsKey(string key) => _values.ContainsKey(key);
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out object value) => _values.TryGetValue(key, out value);
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _values.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public string? GetString(string key) => _values.TryGetValue(key, out var v) ? v as string : null;
}
