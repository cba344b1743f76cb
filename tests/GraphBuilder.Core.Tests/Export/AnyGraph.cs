using CsCheck;
using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Tests.Export;

/// <summary>
/// Random graphs whose texts are any valid Unicode: control characters, CR, CRLF, tabs, quotes,
/// backslashes, backticks, markup, XML's forbidden U+FFFE/U+FFFF and astral characters. Labels and
/// types come from the shipped vocabulary, as the Cypher export requires.
/// </summary>
internal static class AnyGraph
{
    /// <summary>Keys the exports put on elements themselves: the Neo4j layout's, and the JSON export's <c>sources</c>.</summary>
    public static readonly string[] ReservedKeys = ["gb_hash", "id", "quotes", "source_ids", "source_published", "source_publishers", "source_reviews", "source_titles", "sources"];

    private static readonly string[] Labels = ["Official", "Organisation", "Source", "State"];
    private static readonly string[] Types = ["ACCUSES", "DENIES", "SUPPORTS"];
    private static readonly string[] Awkward =
        ["\r", "\n", "\r\n", "\t", "'", "\"", "\\", "`", "``", "<", "&", "]]>", "&#xD;", "\\u0007", "\u0085", "\u2028", "\uFFFE", "\uFFFF", "\u00A0", " "];

    private static Gen<T> Pick<T>(T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<string> Piece = Gen.Frequency(
        (3, Gen.Char['\0', '\u001F'].Select(c => c.ToString())),
        (4, Gen.Char[' ', '~'].Select(c => c.ToString())),
        (4, Pick(Awkward)),
        (2, Gen.Char['\u0080', '\uD7FF'].Select(c => c.ToString())),
        (1, Gen.Char['\uE000', '\uFFFF'].Select(c => c.ToString())),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)));

    public static readonly Gen<string> Text = Piece.Array[0, 10].Select(string.Concat);

    private static readonly Gen<DateOnly> Date = Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<PropertyValue> Value = Gen.Frequency(
        (5, Text.Select(s => (PropertyValue)new StringValue(s))),
        (2, Date.Select(d => (PropertyValue)new DateValue(d))),
        (2, Text.Array[0, 4].Select(l => (PropertyValue)new StringListValue(l))),
        (1, Gen.Long.Select(l => (PropertyValue)new IntegerValue(l))),
        (1, Gen.Double.Where(double.IsFinite).Select(d => (PropertyValue)new FloatValue(d))),
        (1, Gen.Bool.Select(b => (PropertyValue)BooleanValue.Of(b))));

    private static readonly Gen<PropertyMap> Properties =
        Gen.Select(Text.Where(k => k.Length > 0 && !ReservedKeys.Contains(k)), Value).Array[0, 5]
            .Select(pairs => PropertyMap.From(pairs.DistinctBy(p => p.Item1).Select(p => KeyValuePair.Create(p.Item1, (PropertyValue?)p.Item2))));

    private static readonly Gen<Citation> Citation = Gen.Select(Text, Text, Text, Gen.Bool, Date, Text,
        (id, publisher, title, dated, published, quote) => new Citation(id, publisher, title, dated ? published : null, quote));

    public static readonly Gen<GraphData> Graph =
        Gen.Select(Gen.Select(Text, Pick(Labels), Properties).Array[1, 4], Gen.Select(Text, Pick(Types), Gen.Int, Gen.Int, Properties, Citation.Array[0, 3]).Array[0, 4],
            (nodeSpecs, relSpecs) =>
            {
                var nodes = nodeSpecs.DistinctBy(n => n.Item1)
                    .Select(n => new GraphNode(n.Item1, n.Item2, n.Item3, ContentHash.OfNode(n.Item2, n.Item3))).ToArray();
                var relationships = relSpecs.DistinctBy(r => r.Item1).Select(r =>
                {
                    var (start, end) = (nodes[(r.Item3 & int.MaxValue) % nodes.Length].Id, nodes[(r.Item4 & int.MaxValue) % nodes.Length].Id);
                    return new GraphRelationship(r.Item1, r.Item2, start, end, r.Item5, r.Item6,
                        ContentHash.OfRelationship(r.Item2, start, end, r.Item5, r.Item6));
                });
                return new GraphData(nodes, relationships);
            });
}
