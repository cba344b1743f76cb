using System.Runtime.CompilerServices;
using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>
/// One record's mapping as streamed from a seed file: its allowed keys' values (unknown keys are
/// reported as they are met and their values skipped), read back with the same checks and
/// messages as <see cref="Yaml.MappingFields"/>. Reused from record to record, so reading a file
/// allocates only the values and records themselves.
/// </summary>
internal sealed class CapturedMapping(string what, IReadOnlyCollection<string> allowedKeys)
{
    private readonly List<(string Key, CapturedNode Node)> _entries = [];
    private readonly List<CapturedNode> _items = [];
    private List<Diagnostic> _diagnostics = [];

    public string What => what;
    public SourcePosition Position { get; private set; }
    public int Count => _entries.Count;

    public void Begin(SourcePosition position, List<Diagnostic> diagnostics)
    {
        (Position, _diagnostics) = (position, diagnostics);
        _entries.Clear();
        _items.Clear();
    }

    /// <summary>True when the key is allowed; otherwise reports it (with a did-you-mean hint).</summary>
    public bool Accepts(string key, SourcePosition at)
    {
        if (allowedKeys.Contains(key)) return true;
        _diagnostics.Add(new Diagnostic(at, $"unknown key '{key}' in {what}",
            DidYouMean.Hint(key, allowedKeys) ?? "allowed keys: " + string.Join(", ", allowedKeys)));
        return false;
    }

    public void Add(string key, CapturedNode node) => _entries.Add((key, node));

    /// <summary>Adds a list item of the value being captured; returns its index.</summary>
    public int AddItem(CapturedNode item)
    {
        _items.Add(item);
        return _items.Count - 1;
    }

    public int ItemCount => _items.Count;

    public string KeyAt(int index) => _entries[index].Key;

    [MethodImpl(HotPath.Options)]
    public CapturedNode? Node(string key)
    {
        foreach (var (k, node) in _entries)
            if (k == key) return node;
        return null;
    }

    public void Report(SourcePosition at, string message, string? hint = null) => _diagnostics.Add(new Diagnostic(at, message, hint));

    /// <summary>A required single value; reports it missing or empty.</summary>
    public Field? Required(string key)
    {
        if (Node(key) is not { } node)
        {
            Report(Position, $"{what} is missing required key '{key}'");
            return null;
        }
        return Scalar(key, node, required: true);
    }

    /// <summary>An optional single value.</summary>
    public Field? Optional(string key) => Node(key) is { } node ? Scalar(key, node, required: false) : null;

    /// <summary>A list of single values; a lone value is accepted as a one-item list when <paramref name="allowSingle"/>.</summary>
    public IReadOnlyList<Field> List(string key, bool allowSingle)
    {
        if (Node(key) is not { } node || node.IsNull) return [];
        switch (node.Shape)
        {
            case CapturedShape.Scalar when allowSingle:
                return Scalar(key, node, required: true) is { } one ? [one] : [];
            case CapturedShape.Scalar:
                Report(node.At, $"'{key}' must be a list, found a single value", $"write {key}: [{node.Value}] or one '- item' per line");
                return [];
            case CapturedShape.Sequence:
                var fields = new List<Field>(node.ItemCount);
                for (var i = node.FirstItem; i < node.FirstItem + node.ItemCount; i++)
                    if (Scalar(key, _items[i], required: true) is { } value) fields.Add(value);
                return fields;
            default:
                Report(node.At, $"'{key}' must be a list of values, found {node.Describe()}");
                return [];
        }
    }

    /// <summary>
    /// Checks the shape of a list of mappings (e.g. <c>sources:</c>); true when its items' own
    /// diagnostics (kept aside while streaming) follow.
    /// </summary>
    public bool CheckItems(string key, bool required)
    {
        var node = Node(key);
        switch (node)
        {
            case null when required:
                Report(Position, $"{what} is missing required key '{key}'");
                return false;
            case null:
                return false;
            case { Shape: CapturedShape.Sequence, ItemCount: 0 } when required:
                Report(node.Value.At, $"'{key}' must have at least one item");
                return false;
            case { Shape: CapturedShape.Sequence }:
                return true;
            case { IsNull: true } when !required:
                return false;
            default:
                Report(node.Value.At, $"'{key}' must be a list ('- ' items), found {node.Value.Describe()}");
                return false;
        }
    }

    public void AddDiagnostics(List<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);

    private Field? Scalar(string key, CapturedNode node, bool required)
    {
        if (node.Shape != CapturedShape.Scalar)
        {
            Report(node.At, $"'{key}' must be a single value, found {node.Describe()}");
            return null;
        }
        if (node.IsNull || string.IsNullOrWhiteSpace(node.Value))
        {
            if (required) Report(node.At, $"'{key}' is empty");
            return null;
        }
        return new Field(node.Value, node.At);
    }
}
