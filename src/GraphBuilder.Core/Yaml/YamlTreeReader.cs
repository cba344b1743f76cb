using GraphBuilder.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GraphBuilder.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YNode"/> tree with positions, rejecting what seed
/// files never need and attackers love: anchors/aliases (no "billion laughs"), custom tags
/// (nothing is ever instantiated), deep nesting, duplicate keys and multiple documents.
/// Built on YamlDotNet's event parser; the tree is built iteratively, so depth cannot overflow the stack.
/// </summary>
public static class YamlTreeReader
{
    public const int MaxDepth = 64;

    private static readonly HashSet<string> CoreTags = new(StringComparer.Ordinal)
    {
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "tag:yaml.org,2002:timestamp",
    };

    /// <summary>Returns the root node, or null when the text holds no document or is not valid YAML (see diagnostics).</summary>
    public static YNode? Read(string text, string path, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Builder>();
        YNode? root = null;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                var at = new SourcePosition(path, (int)ev.Start.Line, (int)ev.Start.Column);
                switch (ev)
                {
                    case DocumentStart when documents > 0:
                        diagnostics.Add(at, "a seed file holds one YAML document; found a second one", "remove the '---' separator or split the file");
                        return null;
                    case DocumentStart:
                        documents++;
                        break;
                    case AnchorAlias:
                        diagnostics.Add(at, "YAML aliases (*name) are not allowed in seed files", "write the value out in full");
                        return null;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        diagnostics.Add(at, $"YAML anchors (&{node.Anchor.Value}) are not allowed in seed files", "write the value out in full");
                        return null;
                    case NodeEvent node when !node.Tag.IsEmpty && !IsAllowedTag(node.Tag.Value):
                        diagnostics.Add(at, $"custom YAML tag '{node.Tag.Value}' is not allowed in seed files", "remove the tag; values are plain text");
                        return null;
                    case Scalar scalar:
                        var value = new YScalar(at, scalar.Value, scalar.Style == ScalarStyle.Plain);
                        if (!AddToParent(stack, value, diagnostics)) return null;
                        if (stack.Count == 0) root = value;
                        break;
                    case MappingStart or SequenceStart:
                        if (stack.Count >= MaxDepth)
                        {
                            diagnostics.Add(at, $"nesting is deeper than {MaxDepth} levels; seed files are at most a few levels deep");
                            return null;
                        }
                        stack.Push(new Builder(at, ev is MappingStart));
                        break;
                    case MappingEnd or SequenceEnd:
                        var done = stack.Pop().Build();
                        if (stack.Count == 0) root = done;
                        else if (!AddToParent(stack, done, diagnostics)) return null;
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            var at = new SourcePosition(path, Math.Max(1, (int)ex.Start.Line), Math.Max(1, (int)ex.Start.Column));
            var hint = SyntaxHint(text, ex);
            // YamlDotNet places tab errors at the start of the enclosing node, often lines above the tab itself.
            if (hint == TabHint && FirstTabIndentation(text, at.Line) is var (line, column)) at = at with { Line = line, Column = column };
            diagnostics.Add(at, "YAML syntax error: " + CleanMessage(ex.Message), hint);
            return null;
        }
        return root;
    }

    private static bool IsAllowedTag(string tag) => tag == "!" || CoreTags.Contains(tag);

    private static bool AddToParent(Stack<Builder> stack, YNode node, DiagnosticBag diagnostics)
    {
        if (stack.Count == 0) return true;
        var parent = stack.Peek();
        if (!parent.IsMapping)
        {
            parent.Items.Add(node);
            return true;
        }
        if (parent.PendingKey is null)
        {
            if (node is not YScalar key)
            {
                diagnostics.Add(node.Position, "mapping keys must be plain names, not lists or mappings");
                return false;
            }
            if (!parent.TryAddKey(key, out var first))
            {
                diagnostics.Add(key.Position, $"duplicate key '{key.Value}' (first at line {first.Line})", "remove one of them");
                return false;
            }
            parent.PendingKey = key;
            return true;
        }
        parent.Entries.Add(new KeyValuePair<YScalar, YNode>(parent.PendingKey, node));
        parent.PendingKey = null;
        return true;
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is printed separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }

    private const string TabHint = "indent with spaces; YAML does not allow tabs for indentation";

    private static string? SyntaxHint(string text, YamlException ex)
    {
        var lineIndex = (int)ex.Start.Line - 1;
        var lines = text.Split('\n');
        if (lineIndex >= 0 && lineIndex < lines.Length && lines[lineIndex].TrimEnd('\r').TakeWhile(char.IsWhiteSpace).Contains('\t'))
            return TabHint;
        if (text.Contains('\t') && ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            return TabHint;
        return null;
    }

    /// <summary>Line and column of the first tab in a line's indentation, from <paramref name="fromLine"/> on.</summary>
    private static (int Line, int Column)? FirstTabIndentation(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var indent = lines[i].TakeWhile(c => c is ' ' or '\t').ToArray();
            var tab = Array.IndexOf(indent, '\t');
            if (tab >= 0) return (i + 1, tab + 1);
        }
        return null;
    }

    private sealed class Builder(SourcePosition position, bool isMapping)
    {
        // Seed mappings have a handful of keys: a linear scan finds duplicates without a dictionary per mapping.
        private const int LinearKeyLimit = 16;
        private Dictionary<string, SourcePosition>? _keys;
        private List<YNode>? _items;
        private List<KeyValuePair<YScalar, YNode>>? _entries;

        public bool IsMapping { get; } = isMapping;
        public List<YNode> Items => _items ??= [];
        public List<KeyValuePair<YScalar, YNode>> Entries => _entries ??= [];
        public YScalar? PendingKey { get; set; }

        /// <summary>Records a new key; false (with where the first one is) when the mapping already has it.</summary>
        public bool TryAddKey(YScalar key, out SourcePosition first)
        {
            if (_keys is null)
            {
                var entries = Entries;
                for (var i = 0; i < entries.Count; i++)
                {
                    if (entries[i].Key.Value != key.Value) continue;
                    first = entries[i].Key.Position;
                    return false;
                }
                first = default;
                if (entries.Count < LinearKeyLimit) return true;
                _keys = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
                foreach (var (k, _) in entries) _keys[k.Value] = k.Position;
                _keys[key.Value] = key.Position;
                return true;
            }
            if (_keys.TryGetValue(key.Value, out first)) return false;
            _keys[key.Value] = key.Position;
            return true;
        }

        public YNode Build() => IsMapping ? new YMapping(position, Entries) : new YSequence(position, Items);
    }
}
