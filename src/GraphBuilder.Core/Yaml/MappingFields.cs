using GraphBuilder.Validation;

namespace GraphBuilder.Yaml;

/// <summary>
/// Typed access to one YAML mapping's keys, reporting unknown keys (with a did-you-mean hint),
/// missing required keys and values of the wrong shape, all into one <see cref="DiagnosticBag"/>.
/// </summary>
internal sealed class MappingFields
{
    private readonly YMapping _mapping;
    private readonly string _what;
    private readonly DiagnosticBag _diagnostics;

    private MappingFields(YMapping mapping, string what, DiagnosticBag diagnostics)
    {
        _mapping = mapping;
        _what = what;
        _diagnostics = diagnostics;
    }

    /// <summary>Checks the node is a mapping and has only allowed keys; null (with a diagnostic) otherwise.</summary>
    public static MappingFields? Open(YNode node, string what, IReadOnlyCollection<string> allowedKeys, DiagnosticBag diagnostics)
    {
        if (node is not YMapping mapping)
        {
            diagnostics.Add(node.Position, $"{what} must be a mapping (key: value pairs), found {node.Describe()}");
            return null;
        }
        for (var i = 0; i < mapping.Entries.Count; i++)
        {
            var key = mapping.Entries[i].Key;
            if (!allowedKeys.Contains(key.Value))
                diagnostics.Add(key.Position, $"unknown key '{key.Value}' in {what}",
                    DidYouMean.Hint(key.Value, allowedKeys) ?? "allowed keys: " + string.Join(", ", allowedKeys));
        }
        return new MappingFields(mapping, what, diagnostics);
    }

    public SourcePosition Position => _mapping.Position;

    public IEnumerable<string> Keys => _mapping.Entries.Select(e => e.Key.Value);

    public YNode? Node(string key) => _mapping[key];

    /// <summary>A required single value; reports it missing or empty.</summary>
    public TField? Required<TField>(string key, Func<string, SourcePosition, TField> make) where TField : class
    {
        var node = _mapping[key];
        if (node is null)
        {
            _diagnostics.Add(_mapping.Position, $"{_what} is missing required key '{key}'");
            return null;
        }
        return Scalar(key, node, make, required: true);
    }

    /// <summary>An optional single value.</summary>
    public TField? Optional<TField>(string key, Func<string, SourcePosition, TField> make) where TField : class
    {
        var node = _mapping[key];
        return node is null ? null : Scalar(key, node, make, required: false);
    }

    /// <summary>A list of single values; a lone value is accepted as a one-item list when <paramref name="allowSingle"/>.</summary>
    public IReadOnlyList<TField> List<TField>(string key, Func<string, SourcePosition, TField> make, bool allowSingle) where TField : class
    {
        var node = _mapping[key];
        switch (node)
        {
            case null:
                return [];
            case YScalar s when s.IsNull:
                return [];
            case YScalar s when allowSingle:
                return Scalar(key, s, make, required: true) is { } one ? [one] : [];
            case YScalar s:
                _diagnostics.Add(s.Position, $"'{key}' must be a list, found a single value", $"write {key}: [{s.Value}] or one '- item' per line");
                return [];
            case YSequence seq:
                var items = new List<TField>(seq.Items.Count);
                foreach (var item in seq.Items)
                    if (Scalar(key, item, make, required: true) is { } value) items.Add(value);
                return items;
            default:
                _diagnostics.Add(node.Position, $"'{key}' must be a list of values, found {node.Describe()}");
                return [];
        }
    }

    /// <summary>A list of mappings (e.g. <c>sources:</c>); reports a single value or mapping given instead.</summary>
    public IReadOnlyList<YNode> Items(string key, bool required)
    {
        var node = _mapping[key];
        switch (node)
        {
            case null when required:
                _diagnostics.Add(_mapping.Position, $"{_what} is missing required key '{key}'");
                return [];
            case null:
                return [];
            case YSequence seq when seq.Items.Count == 0 && required:
                _diagnostics.Add(seq.Position, $"'{key}' must have at least one item");
                return [];
            case YSequence seq:
                return seq.Items;
            case YScalar s when s.IsNull && !required:
                return [];
            default:
                _diagnostics.Add(node.Position, $"'{key}' must be a list ('- ' items), found {node.Describe()}");
                return [];
        }
    }

    private TField? Scalar<TField>(string key, YNode node, Func<string, SourcePosition, TField> make, bool required) where TField : class
    {
        if (node is not YScalar scalar)
        {
            _diagnostics.Add(node.Position, $"'{key}' must be a single value, found {node.Describe()}");
            return null;
        }
        if (scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value))
        {
            if (required) _diagnostics.Add(scalar.Position, $"'{key}' is empty");
            return null;
        }
        return make(scalar.Value, scalar.Position);
    }
}
