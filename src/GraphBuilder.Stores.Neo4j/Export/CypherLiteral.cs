using System.Globalization;
using System.Text;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Cypher literals for parameter-free scripts (<see cref="CypherScriptWriter"/>): strings single-quoted with every quote, backslash and
/// control character escaped, so any text stays one literal; dates as <c>date('yyyy-MM-dd')</c>.
/// </summary>
internal static class CypherLiteral
{
    private static readonly ValueLiteral Values = new();

    /// <summary>The literal of a property value, a string, a row map or a list of them.</summary>
    public static string Of(object? value) => value switch
    {
        null => "null",
        PropertyValue property => Values.Visit(default, property),
        string s => String(s),
        IEnumerable<KeyValuePair<string, object?>> map => "{" + string.Join(", ", map.Select(p => $"{CypherIdentifier.Quote(p.Key)}: {Of(p.Value)}")) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Of)) + "]",
        _ => throw new ArgumentException($"No Cypher literal for {value.GetType().Name}.", nameof(value)),
    };

    public static string String(string s)
    {
        var text = new StringBuilder(s.Length + 2).Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case '\'': text.Append(@"\'"); break;
                case '"': text.Append("\\\""); break;
                case '\n': text.Append(@"\n"); break;
                case '\r': text.Append(@"\r"); break;
                case '\t': text.Append(@"\t"); break;
                case '\b': text.Append(@"\b"); break;
                case '\f': text.Append(@"\f"); break;
                case var _ when char.IsControl(c):
                    text.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: text.Append(c); break;
            }
        }
        return text.Append('\'').ToString();
    }

    /// <summary>Property values as Cypher's own types: integers, floats (never written as integers), booleans, dates, lists.</summary>
    private sealed class ValueLiteral : PropertyValueVisitor<ValueTuple, string>
    {
        protected override string VisitString(ValueTuple _, string value) => String(value);

        // Cypher negates a literal after reading it, and 9223372036854775808 is not a 64-bit integer.
        protected override string VisitInteger(ValueTuple _, long value) =>
            value == long.MinValue ? "(-9223372036854775807 - 1)" : value.ToString(CultureInfo.InvariantCulture);

        // Cypher's exponent has no '+' sign (1E300, not .NET's 1E+300).
        protected override string VisitFloat(ValueTuple _, double value) => double.IsFinite(value)
            ? value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal) is var r && (r.Contains('.') || r.Contains('E')) ? r : r + ".0"
            : double.IsNaN(value) ? "0.0/0.0" : value > 0 ? "1.0/0.0" : "-1.0/0.0";

        protected override string VisitBoolean(ValueTuple _, bool value) => value ? "true" : "false";

        protected override string VisitDate(ValueTuple _, DateOnly value) => $"date('{value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}')";

        protected override string VisitStringList(ValueTuple _, IReadOnlyList<string> value) => "[" + string.Join(", ", value.Select(String)) + "]";
    }
}
