using GraphBuilder.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GraphBuilder.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YNode"/> tree with positions, for the small schema
/// and query files; seed files are read straight from events. The checks (anchors, tags, depth,
/// duplicate keys, one document) are <see cref="YamlEventReader"/>'s; the tree is built
/// iteratively, so depth cannot overflow the stack.
/// </summary>
internal static class YamlTreeReader
{
    public const int MaxDepth = YamlEventSource.MaxDepth;

    /// <summary>Returns the root node, or null when the text holds no document or is not valid YAML (see diagnostics).</summary>
    public static YNode? Read(string text, string path, IYamlDiagnostics diagnostics)
    {
        var events = new YamlEventReader(text, path, diagnostics);
        var stack = new Stack<Builder>();
        YNode? root = null;
        try
        {
            while (events.Next())
            {
                switch (events.Current)
                {
                    case Scalar scalar:
                        var value = new YScalar(events.At, scalar.Value, scalar.Style == ScalarStyle.Plain);
                        if (stack.Count == 0) root = value;
                        else stack.Peek().Add(value);
                        break;
                    case MappingStart or SequenceStart:
                        stack.Push(new Builder(events.At, events.Current is MappingStart));
                        break;
                    case MappingEnd or SequenceEnd:
                        var done = stack.Pop().Build();
                        if (stack.Count == 0) root = done;
                        else stack.Peek().Add(done);
                        break;
                }
            }
        }
        catch (YamlRejectedException)
        {
            return null;
        }
        return root;
    }

    /// <summary>An open node; keys are already checked (plain, unique) by the event reader.</summary>
    private sealed class Builder(SourcePosition position, bool isMapping)
    {
        private readonly List<YNode> _items = [];
        private readonly List<KeyValuePair<YScalar, YNode>> _entries = [];
        private YScalar? _pendingKey;

        public void Add(YNode node)
        {
            if (!isMapping) _items.Add(node);
            else if (_pendingKey is null) _pendingKey = (YScalar)node;
            else
            {
                _entries.Add(new KeyValuePair<YScalar, YNode>(_pendingKey, node));
                _pendingKey = null;
            }
        }

        public YNode Build() => isMapping ? new YMapping(position, _entries) : new YSequence(position, _items);
    }
}
