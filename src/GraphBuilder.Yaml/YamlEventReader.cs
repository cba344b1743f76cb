using GraphBuilder.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GraphBuilder.Yaml;

/// <summary>
/// YamlDotNet's event parser with the checks every GraphBuilder YAML file gets, applied as the
/// events stream past: no anchors/aliases (no "billion laughs"), no custom tags (nothing is ever
/// instantiated), one document, plus the structural checks of <see cref="YamlEventSource"/>.
/// The first problem (or syntax error) is reported with its position and ends the read with
/// <see cref="YamlRejectedException"/>. Keeps no tree: readers build only what they need.
/// </summary>
internal sealed class YamlEventReader : YamlEventSource
{
    private static readonly HashSet<string> CoreTags = new(StringComparer.Ordinal)
    {
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "tag:yaml.org,2002:timestamp",
    };

    private readonly ReadOnlyMemory<char> _text;
    private readonly string _path;
    private readonly IYamlDiagnostics _diagnostics;
    private readonly Parser _parser;
    private int _documents;

    public YamlEventReader(string text, string path, IYamlDiagnostics diagnostics)
        : this(text.AsMemory(), path, diagnostics)
    {
    }

    /// <summary>Reads text held in memory the caller owns (e.g. a pooled buffer) until the read ends.</summary>
    public YamlEventReader(ReadOnlyMemory<char> text, string path, IYamlDiagnostics diagnostics)
    {
        (_text, _path, _diagnostics) = (text, path, diagnostics);
        _parser = new Parser(new CharMemoryReader(Yaml12LineBreaks.Hide(text, out _hidden)));
    }

    // Whether YAML 1.1's extra line breaks were swapped out of the text before YamlDotNet saw it.
    private readonly bool _hidden;

    /// <summary>The current YamlDotNet event (valid after <see cref="YamlEventSource.Next"/> returned true).</summary>
    public ParsingEvent Current { get; private set; } = null!;

    public override string Value => _hidden ? Yaml12LineBreaks.Restore(((Scalar)Current).Value) : ((Scalar)Current).Value;

    public override bool IsPlain => ((Scalar)Current).Style == ScalarStyle.Plain;

    /// <summary>Throws <see cref="YamlRejectedException"/> after reporting a syntax error or a rejected construct.</summary>
    protected override bool MoveNext()
    {
        bool moved;
        try
        {
            moved = _parser.MoveNext();
        }
        catch (YamlException ex)
        {
            var at = new SourcePosition(_path, Math.Max(1, (int)ex.Start.Line), Math.Max(1, (int)ex.Start.Column));
            // YAML caps a key written without '?' at 1024 characters; past that the parser only says it found no key.
            if (KeyLength(_text.Span, at.Line) is > MaxKeyLength and var length)
                throw Reject(at, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a key is {length:N0} characters long; the limit is {MaxKeyLength:N0}"),
                    "seed file keys are short names such as 'name' or 'aliases': check for a missing line break");
            var text = _text.ToString();
            var hint = SyntaxHint(text, ex);
            // YamlDotNet places tab errors at the start of the enclosing node, often lines above the tab itself.
            if (hint == TabHint && FirstTabIndentation(text, at.Line) is var (line, column)) at = at with { Line = line, Column = column };
            throw Reject(at, "YAML syntax error: " + CleanMessage(ex.Message), hint);
        }
        catch (InvalidOperationException)
        {
            // An unclosed '{' or '[' running into the next key trips YamlDotNet's own state checks rather than its
            // syntax errors, with a message about "the current state of the object"; point at the bracket instead.
            var at = At.Path is null ? SourcePosition.StartOf(_path) : At;
            if (UnclosedFlowBracket(_text.Span) is var (line, column, _)) at = new SourcePosition(_path, line, column);
            throw Reject(at, "YAML syntax error: a flow collection ('{' or '[') is not closed", "close it with '}' or ']', or write the list or mapping in block style");
        }
        if (!moved) return false;
        var ev = _parser.Current!;
        Current = ev;
        Kind = ev switch
        {
            Scalar => YamlEventKind.Scalar,
            MappingStart => YamlEventKind.MappingStart,
            MappingEnd => YamlEventKind.MappingEnd,
            SequenceStart => YamlEventKind.SequenceStart,
            SequenceEnd => YamlEventKind.SequenceEnd,
            _ => YamlEventKind.Other,
        };
        At = new SourcePosition(_path, (int)ev.Start.Line, (int)ev.Start.Column);
        Check(ev);
        return true;
    }

    private void Check(ParsingEvent ev)
    {
        switch (ev)
        {
            case DocumentStart when _documents > 0:
                throw Reject(At, "a seed file holds one YAML document; found a second one", "remove the '---' separator or split the file");
            case DocumentStart:
                _documents++;
                break;
            case AnchorAlias:
                throw Reject(At, "YAML aliases (*name) are not allowed in seed files", "write the value out in full");
            case NodeEvent node when !node.Anchor.IsEmpty:
                throw Reject(At, $"YAML anchors (&{node.Anchor.Value}) are not allowed in seed files", "write the value out in full");
            case NodeEvent node when !node.Tag.IsEmpty && !IsAllowedTag(node.Tag.Value):
                throw Reject(At, $"custom YAML tag '{node.Tag.Value}' is not allowed in seed files", "remove the tag; values are plain text");
        }
    }

    protected override Exception Reject(SourcePosition at, string message, string? hint = null)
    {
        _diagnostics.Add(at, message, hint);
        return new YamlRejectedException();
    }

    private static bool IsAllowedTag(string tag) => tag == "!" || CoreTags.Contains(tag);

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

    /// <summary>Line and column of the innermost '{' or '[' (outside quotes and comments) still open at the end of the text.</summary>
    private static (int Line, int Column, char Bracket)? UnclosedFlowBracket(ReadOnlySpan<char> text)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        int line = 1, column = 0;
        char? quote = null;
        var comment = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            column++;
            if (c == '\n') { line++; column = 0; comment = false; continue; }
            if (comment) continue;
            if (quote is { } q)
            {
                if (c == '\\' && q == '"') { i++; column++; }
                else if (c == q) quote = null;
                continue;
            }
            switch (c)
            {
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]): comment = true; break;
                case '"' or '\'' when open.Count > 0 || i == 0 || text[i - 1] is ' ' or ':' or '-': quote = c; break;
                case '{' or '[': open.Push((line, column, c)); break;
                case '}' or ']' when open.Count > 0: open.Pop(); break;
            }
        }
        return open.Count > 0 ? open.Peek() : null;
    }

    /// <summary>Line and column of the first tab in a line's indentation, from <paramref name="fromLine"/> on.</summary>
    private const int MaxKeyLength = 1024;

    /// <summary>The length of the key that line <paramref name="line"/> starts with (after indentation and "- "), or null when it holds none.</summary>
    private static int? KeyLength(ReadOnlySpan<char> text, int line)
    {
        for (var i = 1; i < line; i++)
        {
            var next = text.IndexOf('\n');
            if (next < 0) return null;
            text = text[(next + 1)..];
        }
        var end = text.IndexOf('\n');
        var content = (end < 0 ? text : text[..end]).TrimEnd('\r').TrimStart(' ');
        if (content.StartsWith("- ")) content = content[2..].TrimStart(' ');
        var colon = content.IndexOf(": ");
        if (colon < 0 && content.EndsWith(':')) colon = content.Length - 1;
        return colon < 0 ? null : colon;
    }

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
}
