using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Tests.Export;

/// <summary>
/// Reads back what <c>CypherScriptWriter</c> writes, by the openCypher literal grammar (string escapes,
/// backtick names, <c>date('…')</c>, exponents without '+'), so a round trip shows the script is lossless.
/// </summary>
internal sealed partial class CypherScriptReader(string script)
{
    private int _at;

    public static GraphData Read(string script)
    {
        var reader = new CypherScriptReader(script);
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        for (var start = script.IndexOf("\nUNWIND ", StringComparison.Ordinal); start >= 0; start = script.IndexOf("\nUNWIND ", reader._at, StringComparison.Ordinal))
        {
            reader._at = start + "\nUNWIND ".Length;
            var rows = (List<object?>)reader.Value()!;
            var rest = script[reader._at..script.IndexOf('\n', reader._at)];
            if (NodeMerge().Match(rest) is { Success: true } node)
                nodes.AddRange(rows.Cast<Dictionary<string, object?>>().Select(row => Node(row, Name(node.Groups[1].Value))));
            else if (RelationshipMerge().Match(rest) is { Success: true } rel)
                relationships.AddRange(rows.Cast<Dictionary<string, object?>>().Select(row => Relationship(row, Name(rel.Groups[1].Value))));
            else throw new FormatException($"unexpected statement: {rest}");
        }
        return new GraphData(nodes, relationships);
    }

    private static GraphNode Node(Dictionary<string, object?> row, string label)
    {
        var props = (Dictionary<string, object?>)row["props"]!;
        return new GraphNode((string)row["id"]!, label, Properties(props), (string)props["gb_hash"]!);
    }

    private static GraphRelationship Relationship(Dictionary<string, object?> row, string type)
    {
        var props = (Dictionary<string, object?>)row["props"]!;
        string[] List(string key) => ((List<object?>)props[key]!).Cast<string>().ToArray();
        var (ids, publishers, titles, published, quotes) = (List("source_ids"), List("source_publishers"), List("source_titles"), List("source_published"), List("quotes"));
        var reviews = List("source_reviews");
        var sources = ids.Select((id, i) => new Citation(id, publishers[i], titles[i],
            published[i] == "" ? null : DateOnly.ParseExact(published[i], "yyyy-MM-dd", CultureInfo.InvariantCulture), quotes[i])
        {
            Reviews = reviews[i] == "" ? [] : JsonSerializer.Deserialize<CitationReview[]>(reviews[i])!,
        }).ToArray();
        return new GraphRelationship((string)row["id"]!, type, (string)row["start"]!, (string)row["end"]!, Properties(props), sources, (string)props["gb_hash"]!);
    }

    private static PropertyMap Properties(Dictionary<string, object?> props) =>
        PropertyMap.From(props.Where(p => !AnyGraph.ReservedKeys.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value switch
        {
            string s => new StringValue(s),
            long l => new IntegerValue(l),
            double d => new FloatValue(d),
            bool b => BooleanValue.Of(b),
            DateOnly d => new DateValue(d),
            List<object?> list => (PropertyValue?)new StringListValue(list.Cast<string>().ToArray()),
            _ => throw new FormatException($"unexpected value {p.Value}"),
        })));

    private static string Name(string quoted) => quoted[1..^1].Replace("``", "`", StringComparison.Ordinal);

    private object? Value()
    {
        SkipSpaces();
        var c = script[_at];
        switch (c)
        {
            case '{':
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                _at++;
                while (Next() != '}')
                {
                    var key = BacktickName();
                    Expect(':');
                    map.Add(key, Value());
                    if (Next() == ',') _at++;
                }
                _at++;
                return map;
            case '[':
                var list = new List<object?>();
                _at++;
                while (Next() != ']')
                {
                    list.Add(Value());
                    if (Next() == ',') _at++;
                }
                _at++;
                return list;
            case '\'':
                return String();
            case '(':
                // The writer's one expression: the smallest 64-bit integer, (-9223372036854775807 - 1).
                _at++;
                var value = (long)Value()!;
                Expect('-');
                var one = (long)Value()!;
                Expect(')');
                return value - one;
        }
        if (Take("true")) return true;
        if (Take("false")) return false;
        if (Take("null")) return null;
        if (Take("date("))
        {
            var date = DateOnly.ParseExact(String(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Expect(')');
            return date;
        }
        var number = NumberLiteral().Match(script, _at);
        if (!number.Success || number.Index != _at) throw new FormatException($"no literal at {_at}: {script[_at..Math.Min(script.Length, _at + 20)]}");
        _at += number.Length;
        return number.Groups[1].Success || number.Groups[2].Success
            ? double.Parse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture)
            : (object)long.Parse(number.Value, CultureInfo.InvariantCulture);
    }

    private string String()
    {
        Expect('\'');
        var text = new StringBuilder();
        while (script[_at] != '\'')
        {
            var c = script[_at++];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }
            var escape = script[_at++];
            text.Append(escape switch
            {
                '\\' => "\\", '\'' => "'", '"' => "\"", 'n' => "\n", 'r' => "\r", 't' => "\t", 'b' => "\b", 'f' => "\f",
                'u' => ((char)int.Parse(script.AsSpan(_at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
                _ => throw new FormatException($"unknown escape \\{escape}"),
            });
            if (escape == 'u') _at += 4;
        }
        _at++;
        return text.ToString();
    }

    private string BacktickName()
    {
        SkipSpaces();
        var start = _at;
        Expect('`');
        while (true)
        {
            var end = script.IndexOf('`', _at);
            _at = end + 1;
            if (_at < script.Length && script[_at] == '`') _at++;
            else return Name(script[start.._at]);
        }
    }

    private char Next()
    {
        SkipSpaces();
        return script[_at];
    }

    private bool Take(string word)
    {
        if (string.CompareOrdinal(script, _at, word, 0, word.Length) != 0) return false;
        _at += word.Length;
        return true;
    }

    private void Expect(char c)
    {
        if (Next() != c) throw new FormatException($"expected '{c}' at {_at}");
        _at++;
    }

    private void SkipSpaces()
    {
        while (script[_at] is ' ' or '\n') _at++;
    }

    // openCypher: digits, an optional fraction, an optional exponent with an optional '-' only.
    [GeneratedRegex(@"-?[0-9]+(\.[0-9]+)?(E-?[0-9]+)?")]
    private static partial Regex NumberLiteral();

    [GeneratedRegex(@"^ AS row MERGE \(n:(`(?:[^`]|``)*`) \{id: row\.id\}\) SET n = row\.props;$")]
    private static partial Regex NodeMerge();

    [GeneratedRegex(@"^ AS row MATCH .* MERGE \(a\)-\[r:(`(?:[^`]|``)*`) \{id: row\.id\}\]->\(b\) SET r = row\.props;$")]
    private static partial Regex RelationshipMerge();
}
