using System.Runtime.CompilerServices;
using GraphBuilder.Validation;

namespace GraphBuilder.Yaml;

/// <summary>
/// The fast way through a seed file: <see cref="BlockYamlParser"/>'s events for the block-style
/// YAML seed files are written in, several times faster than YamlDotNet's scanner and with fewer
/// strings made. <see cref="TryRead"/> gives null for text outside that subset, and any check that
/// fails while the events are read throws <see cref="NotInBlockSubsetException"/>: either way the
/// caller reads the file with <see cref="YamlEventReader"/>, which has the final word and the messages.
/// </summary>
internal sealed class BlockYamlReader : YamlEventSource, IDisposable
{
    // Keys repeat in every record: one string per distinct key per thread, not one per occurrence.
    [ThreadStatic] private static Dictionary<string, string>? s_keys;
    private const int MaxCachedKeys = 4096;

    private readonly ReadOnlyMemory<char> _text;
    private readonly string _path;
    private readonly BlockYamlEventList _events;
    private int _index = -1;

    private BlockYamlReader(ReadOnlyMemory<char> text, string path, BlockYamlEventList events)
    {
        (_text, _path, _events) = (text, path, events);
    }

    /// <summary>The reader for <paramref name="text"/>, or null when the text is not in the subset.</summary>
    public static BlockYamlReader? TryRead(ReadOnlyMemory<char> text, string path)
    {
        var keys = s_keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.Count > MaxCachedKeys) keys.Clear();
        var events = new BlockYamlEventList();
        try
        {
            BlockYamlParser.Parse(text.Span, events, keys);
            return new BlockYamlReader(text, path, events);
        }
        catch (NotInBlockSubsetException)
        {
            events.Dispose();
            return null;
        }
    }

    public override string Value
    {
        get
        {
            ref var current = ref _events[_index];
            return current.Value ??= new string(_text.Span.Slice(current.Start, current.Length));
        }
    }

    public override ReadOnlySpan<char> ValueSpan
    {
        get
        {
            ref var current = ref _events[_index];
            return current.Value ?? _text.Span.Slice(current.Start, current.Length);
        }
    }

    public override bool IsPlain => _events[_index].IsPlain;

    [MethodImpl(HotPath.Options)]
    protected override bool MoveNext()
    {
        if (_index + 1 >= _events.Count) return false;
        ref var current = ref _events[++_index];
        Kind = current.Kind;
        At = new SourcePosition(_path, current.Line, current.Column);
        return true;
    }

    protected override Exception Reject(SourcePosition at, string message, string? hint = null) => new NotInBlockSubsetException();

    public void Dispose() => _events.Dispose();
}
