using GraphBuilder.Validation;

namespace GraphBuilder.Yaml;

/// <summary>
/// A stream of YAML events with the structural checks every GraphBuilder YAML file gets, applied
/// as the events pass: no nesting deeper than <see cref="MaxDepth"/>, no duplicate or non-scalar
/// keys. What a check rejects goes to <see cref="Reject"/>, which each reader answers its own way.
/// </summary>
internal abstract class YamlEventSource
{
    public const int MaxDepth = 64;

    // Seed mappings have a handful of keys: a linear scan finds duplicates without a dictionary per mapping.
    private const int LinearKeyLimit = 16;

    private readonly List<Frame> _frames = [];
    private int _depth;

    /// <summary>What the current event is (valid after <see cref="Next"/> returned true).</summary>
    public YamlEventKind Kind { get; protected set; }

    /// <summary>Where the current event starts; every position shares the one path string.</summary>
    public SourcePosition At { get; protected set; }

    /// <summary>The current scalar's text.</summary>
    public abstract string Value { get; }

    /// <summary>The current scalar's text without allocating where the reader can avoid it.</summary>
    public virtual ReadOnlySpan<char> ValueSpan => Value;

    /// <summary>Whether the current scalar is plain (unquoted), so <c>~</c>, <c>null</c> or nothing mean "no value".</summary>
    public abstract bool IsPlain { get; }

    /// <summary>Moves to the next event; false at the end of the stream.</summary>
    public bool Next()
    {
        if (!MoveNext()) return false;
        CheckStructure();
        return true;
    }

    /// <summary>Consumes the rest of the node whose start is the current event (nothing for a scalar).</summary>
    public void SkipNode()
    {
        if (Kind is not (YamlEventKind.MappingStart or YamlEventKind.SequenceStart)) return;
        var depth = 1;
        while (depth > 0 && Next())
        {
            if (Kind is YamlEventKind.MappingStart or YamlEventKind.SequenceStart) depth++;
            else if (Kind is YamlEventKind.MappingEnd or YamlEventKind.SequenceEnd) depth--;
        }
    }

    /// <summary>Reads the next event into <see cref="Kind"/>, <see cref="At"/> and the scalar members.</summary>
    protected abstract bool MoveNext();

    /// <summary>Turns a rejected input into the exception that ends the read.</summary>
    protected abstract Exception Reject(SourcePosition at, string message, string? hint = null);

    private void CheckStructure()
    {
        switch (Kind)
        {
            case YamlEventKind.Scalar:
                Completed(At, isScalar: true);
                break;
            case YamlEventKind.MappingStart or YamlEventKind.SequenceStart:
                if (_depth >= MaxDepth)
                    throw Reject(At, $"nesting is deeper than {MaxDepth} levels; seed files are at most a few levels deep");
                if (_frames.Count == _depth) _frames.Add(new Frame());
                _frames[_depth++].Reset(At, Kind == YamlEventKind.MappingStart);
                break;
            case YamlEventKind.MappingEnd or YamlEventKind.SequenceEnd:
                Completed(_frames[--_depth].At, isScalar: false);
                break;
        }
    }

    /// <summary>A node ended: when it is a key of the enclosing mapping, it must be a new plain name.</summary>
    private void Completed(SourcePosition at, bool isScalar)
    {
        if (_depth == 0) return;
        var parent = _frames[_depth - 1];
        if (!parent.IsMapping) return;
        if (!parent.ExpectingKey)
        {
            parent.ExpectingKey = true;
            return;
        }
        if (!isScalar) throw Reject(at, "mapping keys must be plain names, not lists or mappings");
        var key = ValueSpan;
        if (parent.FirstLineOf(key) is { } first)
            throw Reject(at, $"duplicate key '{key}' (first at line {first})", "remove one of them");
        parent.AddKey(Value, at.Line);
        parent.ExpectingKey = false;
    }

    /// <summary>One open mapping or sequence; reused across nodes at the same depth, so steady-state reading allocates nothing here.</summary>
    private sealed class Frame
    {
        private readonly List<(string Key, int Line)> _keys = [];
        private Dictionary<string, int>? _index;

        public SourcePosition At { get; private set; }
        public bool IsMapping { get; private set; }
        public bool ExpectingKey { get; set; }

        public void Reset(SourcePosition at, bool isMapping)
        {
            (At, IsMapping, ExpectingKey) = (at, isMapping, isMapping);
            _keys.Clear();
            _index?.Clear();
        }

        public int? FirstLineOf(ReadOnlySpan<char> key)
        {
            if (_keys.Count > LinearKeyLimit)
                return _index!.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var line) ? line : null;
            foreach (var (k, line) in _keys)
                if (key.SequenceEqual(k)) return line;
            return null;
        }

        public void AddKey(string key, int line)
        {
            _keys.Add((key, line));
            if (_keys.Count <= LinearKeyLimit) return;
            if (_index is null || _index.Count == 0)
            {
                _index ??= new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (k, l) in _keys) _index[k] = l;
            }
            else _index[key] = line;
        }
    }
}
