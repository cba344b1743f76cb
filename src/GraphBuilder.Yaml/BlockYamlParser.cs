using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace GraphBuilder.Yaml;

/// <summary>
/// Parses the block-style YAML that seed files are written in, straight from the text, into the
/// events and positions YamlDotNet would report for it: block mappings with plain keys, block
/// sequences (with compact mappings, <c>- id: x</c>), plain one-line scalars, one-line quoted
/// scalars, literal and folded block scalars, comments, and one-line flow sequences of scalars
/// (<c>[a, "b c"]</c>, as aliases and links are written). Anything else (flow mappings, nested or
/// multi-line flow sequences, trailing commas, anchors, aliases, tags, multi-line plain or quoted
/// scalars, tabs, CR, control characters, document markers and directives, chomping and indentation
/// indicators, errors of any kind) throws <see cref="NotInBlockSubsetException"/>, so YamlDotNet
/// reads the file instead: this parser never has to agree with YamlDotNet on anything but the files
/// it accepts.
/// </summary>
internal ref struct BlockYamlParser
{
    // YAML calls these line breaks or forbids them; tabs and CR need YamlDotNet's rules.
    private static readonly SearchValues<char> OutsideSubsetChars = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\t\u000B\u000C\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\u2028\u2029\uFEFF\uFFFE\uFFFF");

    // A plain scalar may not start with an indicator; '-', '?' and ':' may when a non-space follows.
    private static readonly SearchValues<char> IndicatorChars = SearchValues.Create(",[]{}#&*!|>'\"%@`");

    // Where a plain scalar inside brackets ends, or stops being plain text.
    private static readonly SearchValues<char> FlowStops = SearchValues.Create(",[]{}:");

    // YAML limits implicit keys to 1024 characters.
    private const int MaxKeyLength = 1000;

    private readonly ReadOnlySpan<char> _s;
    private readonly BlockYamlEventList _events;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _keys;
    private int _pos;
    private int _line;
    private int _lineStart;
    private int _depth;

    private BlockYamlParser(ReadOnlySpan<char> text, BlockYamlEventList events, Dictionary<string, string> keys)
    {
        _s = text;
        _events = events;
        _keys = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        _line = 1;
    }

    /// <summary>Fills <paramref name="events"/> with the text's events; throws <see cref="NotInBlockSubsetException"/> outside the subset.</summary>
    public static void Parse(ReadOnlySpan<char> text, BlockYamlEventList events, Dictionary<string, string> keys)
    {
        if (text.ContainsAny(OutsideSubsetChars)) throw new NotInBlockSubsetException();
        var parser = new BlockYamlParser(text, events, keys);
        parser.ParseDocument();
    }

    private void ParseDocument()
    {
        var indent = NextContentIndent();
        if (indent < 0) return;
        indent = ParseBlockNode(indent);
        if (indent >= 0) throw Outside();
    }

    /// <summary>A mapping or sequence whose first line starts at <c>_pos</c>; returns the indentation of the line after it (-1 at the end).</summary>
    private int ParseBlockNode(int indent) => IsDashItem(_pos) ? ParseSequence(indent) : ParseMapping(indent);

    private int ParseSequence(int indent)
    {
        Enter();
        Emit(YamlEventKind.SequenceStart, _pos);
        int next;
        while (true)
        {
            var dash = _pos;
            _pos++;
            SkipSpaces();
            if (AtLineEndOrComment())
            {
                var (line, column) = (_line, dash - _lineStart + 2);
                FinishLine();
                next = NextContentIndent();
                if (next > indent) next = ParseBlockNode(next);
                else EmitEmpty(line, column);
            }
            else next = ParseInlineNode(indent);
            if (next == indent && IsDashItem(_pos)) continue;
            if (next > indent) throw Outside();
            break;
        }
        Emit(YamlEventKind.SequenceEnd, _pos);
        _depth--;
        return next;
    }

    /// <summary>What follows <c>- </c> on the same line: a compact mapping (<c>- id: x</c>) or a scalar.</summary>
    private int ParseInlineNode(int sequenceIndent)
    {
        var c = _s[_pos];
        if (c is '"' or '\'' or '|' or '>') return ParseScalarValue(sequenceIndent);
        return KeyColon(_pos) >= 0 ? ParseMapping(_pos - _lineStart) : ParseScalarValue(sequenceIndent);
    }

    [MethodImpl(HotPath.Options)]
    private int ParseMapping(int indent)
    {
        Enter();
        Emit(YamlEventKind.MappingStart, _pos);
        int next;
        while (true)
        {
            var colon = KeyColon(_pos);
            if (colon < 0) throw Outside();
            var key = _s[_pos..colon].TrimEnd(' ');
            if (key.Length > MaxKeyLength || !IsPlainStart(_pos)) throw Outside();
            EmitKey(key);
            _pos = colon + 1;
            var (line, column) = (_line, _pos - _lineStart + 1);
            SkipSpaces();
            if (AtLineEndOrComment())
            {
                FinishLine();
                next = NextContentIndent();
                if (next > indent) next = ParseBlockNode(next);
                else if (next == indent && IsDashItem(_pos)) next = ParseSequence(indent);
                else EmitEmpty(line, column);
            }
            else next = ParseScalarValue(indent);
            if (next == indent && !IsDashItem(_pos)) continue;
            if (next >= indent) throw Outside();
            break;
        }
        Emit(YamlEventKind.MappingEnd, _pos);
        _depth--;
        return next;
    }

    /// <summary>A scalar starting at <c>_pos</c>, in a node indented by <paramref name="indent"/>; returns the next line's indentation.</summary>
    private int ParseScalarValue(int indent)
    {
        if (!TryReadQuoted())
        {
            switch (_s[_pos])
            {
                case '|' or '>':
                    return ParseBlockScalar(indent);
                case '[':
                    ParseFlowSequence();
                    break;
                default:
                    ReadPlain();
                    return AfterOneLineScalar(indent);
            }
        }
        SkipSpaces();
        if (!AtLineEndOrComment()) throw Outside();
        return AfterOneLineScalar(indent);
    }

    /// <summary>Ends a one-line scalar's line; a deeper line after it would continue it (or be an error): YamlDotNet's.</summary>
    private int AfterOneLineScalar(int indent)
    {
        FinishLine();
        var next = NextContentIndent();
        if (next > indent) throw Outside();
        return next;
    }

    private void ReadPlain()
    {
        if (!IsPlainStart(_pos)) throw Outside();
        var start = _pos;
        var end = LineEnd(start);
        var comment = _s[start..end].IndexOf(" #", StringComparison.Ordinal);
        if (comment >= 0) end = start + comment;
        var text = _s[start..end].TrimEnd(' ');
        // "key: a: b" is an error, and "a:" a key: both are YamlDotNet's to report.
        if (text.Contains(": ", StringComparison.Ordinal) || text[^1] == ':') throw Outside();
        EmitPlain(start, text.Length);
        _pos = end;
    }

    /// <summary>A one-line flow sequence of scalars (<c>[a, "b c"]</c>), as entity aliases and links are written.</summary>
    private void ParseFlowSequence()
    {
        Enter();
        Emit(YamlEventKind.SequenceStart, _pos);
        _pos++;
        SkipSpaces();
        if (_pos < _s.Length && _s[_pos] == ']')
        {
            _pos++;
            Emit(YamlEventKind.SequenceEnd, _pos);
            _depth--;
            return;
        }
        while (true)
        {
            if (_pos == _s.Length) throw Outside();
            if (!TryReadQuoted()) ReadFlowPlain();
            SkipSpaces();
            if (_pos == _s.Length) throw Outside();
            var c = _s[_pos++];
            if (c == ']') break;
            if (c != ',') throw Outside();
            SkipSpaces();
            // A trailing comma, an empty entry or a line break inside the brackets: YamlDotNet's.
            if (_pos == _s.Length || _s[_pos] is ']' or ',' or '\n') throw Outside();
        }
        Emit(YamlEventKind.SequenceEnd, _pos);
        _depth--;
    }

    /// <summary>A plain scalar inside brackets: it ends at ',' or ']'; anything that could make it more than text is YamlDotNet's.</summary>
    private void ReadFlowPlain()
    {
        if (!IsPlainStart(_pos) || (_s[_pos] == '-' && FlowStops.Contains(_s[_pos + 1]))) throw Outside();
        var start = _pos;
        var end = LineEnd(start);
        var stop = _s[start..end].IndexOfAny(FlowStops);
        if (stop < 0) throw Outside();
        stop += start;
        if (_s[stop] is not (',' or ']') || _s[start..stop].Contains(" #", StringComparison.Ordinal)) throw Outside();
        var text = _s[start..stop].TrimEnd(' ');
        EmitPlain(start, text.Length);
        _pos = start + text.Length;
    }

    /// <summary>A one-line quoted scalar at <c>_pos</c>, emitted; false when the scalar there is not quoted.</summary>
    private bool TryReadQuoted()
    {
        var at = _pos;
        switch (_s[at])
        {
            case '"':
                EmitValue(at, ReadDoubleQuoted());
                return true;
            case '\'':
                EmitValue(at, ReadSingleQuoted());
                return true;
            default:
                return false;
        }
    }

    private string ReadDoubleQuoted()
    {
        var start = _pos + 1;
        var end = LineEnd(start);
        var line = _s[start..end];
        var stop = line.IndexOfAny('"', '\\');
        if (stop < 0) throw Outside();
        if (line[stop] == '"')
        {
            _pos = start + stop + 1;
            return new string(line[..stop]);
        }
        var value = new StringBuilder(line.Length);
        var i = 0;
        while (true)
        {
            stop = line[i..].IndexOfAny('"', '\\');
            if (stop < 0) throw Outside();
            value.Append(line.Slice(i, stop));
            i += stop;
            if (line[i] == '"') break;
            if (i + 1 >= line.Length) throw Outside();
            i = AppendEscape(line, i + 1, value);
        }
        _pos = start + i + 1;
        return value.ToString();
    }

    /// <summary>Appends the escape whose letter is at <paramref name="i"/>; returns the index after it.</summary>
    private static int AppendEscape(ReadOnlySpan<char> line, int i, StringBuilder value)
    {
        var letter = line[i];
        var simple = letter switch
        {
            '0' => '\0', 'a' => '\a', 'b' => '\b', 't' => '\t', 'n' => '\n', 'v' => '\v', 'f' => '\f', 'r' => '\r',
            'e' => '\u001B', ' ' => ' ', '"' => '"', '/' => '/', '\\' => '\\', 'N' => '\u0085', '_' => '\u00A0',
            'L' => '\u2028', 'P' => '\u2029', _ => (char?)null,
        };
        if (simple is { } c)
        {
            value.Append(c);
            return i + 1;
        }
        var digits = letter switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => throw Outside() };
        if (i + 1 + digits > line.Length
            || !uint.TryParse(line.Slice(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
            throw Outside();
        if (code <= 0xFFFF) value.Append((char)code);
        else value.Append(char.ConvertFromUtf32((int)code));
        return i + 1 + digits;
    }

    private string ReadSingleQuoted()
    {
        var start = _pos + 1;
        var end = LineEnd(start);
        var line = _s[start..end];
        StringBuilder? value = null;
        var i = 0;
        while (true)
        {
            var quote = line[i..].IndexOf('\'');
            if (quote < 0) throw Outside();
            var at = i + quote;
            if (at + 1 < line.Length && line[at + 1] == '\'')
            {
                (value ??= new StringBuilder(line.Length)).Append(line[i..(at + 1)]);
                i = at + 2;
                continue;
            }
            _pos = start + at + 1;
            if (value is null) return new string(line[..at]);
            return value.Append(line[i..at]).ToString();
        }
    }

    /// <summary>A literal (<c>|</c>) or folded (<c>&gt;</c>) block scalar whose indicator is at <c>_pos</c>.</summary>
    private int ParseBlockScalar(int indent)
    {
        var at = _pos;
        var literal = _s[_pos] == '|';
        _pos++;
        var strip = false;
        if (_pos < _s.Length && _s[_pos] == '-')
        {
            strip = true;
            _pos++;
        }
        // Keep chomping and explicit indentation are rare: YamlDotNet's.
        if (_pos < _s.Length && _s[_pos] != ' ' && _s[_pos] != '\n') throw Outside();
        SkipSpaces();
        if (!AtLineEndOrComment()) throw Outside();
        var (line, column) = (_line, at - _lineStart + 1);
        FinishLine();

        var value = new StringBuilder();
        var blockIndent = -1;
        var pendingBreaks = 0;
        var hasContent = false;
        var lastLineUnbroken = false;
        while (_pos < _s.Length)
        {
            var spaces = CountSpaces(_pos);
            var first = _pos + spaces;
            if (first == _s.Length || _s[first] == '\n')
            {
                // YamlDotNet has its own rules for spaces on blank lines before the content.
                if (blockIndent < 0 && spaces > 0) throw Outside();
                if (spaces > blockIndent && blockIndent >= 0) throw Outside();
                pendingBreaks++;
                if (first == _s.Length) break;
                _pos = first;
                NewLine();
                continue;
            }
            if (blockIndent < 0)
            {
                if (spaces <= indent) break;
                blockIndent = spaces;
            }
            if (spaces < blockIndent) break;
            if (spaces > blockIndent && !literal) throw Outside();
            if (hasContent)
            {
                // Folding turns a single line break into a space; blank lines stay line breaks.
                if (literal) value.Append('\n', pendingBreaks + 1);
                else if (pendingBreaks == 0) value.Append(' ');
                else value.Append('\n', pendingBreaks);
            }
            else value.Append('\n', pendingBreaks);
            pendingBreaks = 0;
            hasContent = true;
            var end = LineEnd(first);
            value.Append(_s[(_pos + blockIndent)..end]);
            _pos = end;
            if (_pos == _s.Length)
            {
                lastLineUnbroken = true;
                break;
            }
            NewLine();
        }
        // Clipping keeps the last content line's break, when the text has one.
        if (hasContent && !strip && !lastLineUnbroken) value.Append('\n');
        if (!hasContent) value.Clear();
        _events.Add(new BlockYamlEvent { Kind = YamlEventKind.Scalar, Line = line, Column = column, Value = value.ToString() });
        return NextContentIndent();
    }

    /// <summary>
    /// The index of the ':' that ends a plain key starting at <paramref name="start"/> (followed by a
    /// space or the line's end), or -1 when the line holds no key before its end or comment.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private readonly int KeyColon(int start)
    {
        var end = LineEnd(start);
        for (var i = start; i < end; i++)
        {
            var c = _s[i];
            if (c == ':' && (i + 1 == end || _s[i + 1] == ' ')) return i;
            if (c == '#' && i > start && _s[i - 1] == ' ') return -1;
        }
        return -1;
    }

    private readonly bool IsPlainStart(int i)
    {
        var c = _s[i];
        if (IndicatorChars.Contains(c) || c == ' ') return false;
        // YamlDotNet reads "?x" and ":x" as indicators; "-x" (a negative number, say) is plain text.
        if (c is '?' or ':') return false;
        if (c == '-') return i + 1 < _s.Length && _s[i + 1] is not (' ' or '\n');
        return true;
    }

    private readonly bool IsDashItem(int i) =>
        i < _s.Length && _s[i] == '-' && (i + 1 == _s.Length || _s[i + 1] is ' ' or '\n');

    /// <summary>
    /// From a line's start, skips blank and comment-only lines; leaves <c>_pos</c> on the first
    /// character of the next content line and returns its indentation, or -1 at the end of the text.
    /// </summary>
    private int NextContentIndent()
    {
        while (true)
        {
            var spaces = CountSpaces(_pos);
            var first = _pos + spaces;
            if (first == _s.Length)
            {
                _pos = first;
                return -1;
            }
            if (_s[first] == '\n')
            {
                _pos = first;
                NewLine();
                continue;
            }
            if (_s[first] == '#')
            {
                _pos = LineEnd(first);
                if (_pos == _s.Length) return -1;
                NewLine();
                continue;
            }
            if (spaces == 0 && IsDocumentLine(first)) throw Outside();
            _pos = first;
            return spaces;
        }
    }

    /// <summary>'---', '...' or a directive at a line's start: more than one document, or directives.</summary>
    private readonly bool IsDocumentLine(int i)
    {
        if (_s[i] == '%') return true;
        if (i + 3 > _s.Length) return false;
        var marker = _s.Slice(i, 3);
        if (!marker.SequenceEqual("---") && !marker.SequenceEqual("...")) return false;
        return i + 3 == _s.Length || _s[i + 3] is ' ' or '\n';
    }

    /// <summary>After a node on this line: only a comment may follow; moves to the next line's start.</summary>
    private void FinishLine()
    {
        SkipSpaces();
        if (_pos == _s.Length) return;
        if (_s[_pos] == '#')
        {
            if (_s[_pos - 1] != ' ') throw Outside();
            _pos = LineEnd(_pos);
            if (_pos == _s.Length) return;
        }
        if (_s[_pos] != '\n') throw Outside();
        NewLine();
    }

    private readonly bool AtLineEndOrComment() =>
        _pos == _s.Length || _s[_pos] == '\n' || (_s[_pos] == '#' && _s[_pos - 1] == ' ');

    private void SkipSpaces() => _pos += CountSpaces(_pos);

    [MethodImpl(HotPath.Options)]
    private readonly int CountSpaces(int from)
    {
        var rest = _s[from..];
        var other = rest.IndexOfAnyExcept(' ');
        return other < 0 ? rest.Length : other;
    }

    private readonly int LineEnd(int from)
    {
        var newline = _s[from..].IndexOf('\n');
        return newline < 0 ? _s.Length : from + newline;
    }

    /// <summary>Steps over the line break at <c>_pos</c>.</summary>
    private void NewLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private void Enter()
    {
        if (++_depth > YamlEventSource.MaxDepth) throw Outside();
    }

    private readonly void Emit(YamlEventKind kind, int at) =>
        _events.Add(new BlockYamlEvent { Kind = kind, Line = _line, Column = at - _lineStart + 1 });

    private readonly void EmitKey(ReadOnlySpan<char> key)
    {
        if (!_keys.TryGetValue(key, out var value))
        {
            value = new string(key);
            _keys[value] = value;
        }
        _events.Add(new BlockYamlEvent { Kind = YamlEventKind.Scalar, IsPlain = true, Line = _line, Column = _pos - _lineStart + 1, Value = value });
    }

    private readonly void EmitPlain(int start, int length) => _events.Add(new BlockYamlEvent
    {
        Kind = YamlEventKind.Scalar, IsPlain = true, Line = _line, Column = start - _lineStart + 1, Start = start, Length = length,
    });

    private readonly void EmitValue(int at, string value) =>
        _events.Add(new BlockYamlEvent { Kind = YamlEventKind.Scalar, Line = _line, Column = at - _lineStart + 1, Value = value });

    private readonly void EmitEmpty(int line, int column) =>
        _events.Add(new BlockYamlEvent { Kind = YamlEventKind.Scalar, IsPlain = true, Line = line, Column = column, Value = "" });

    private static NotInBlockSubsetException Outside() => new();
}
