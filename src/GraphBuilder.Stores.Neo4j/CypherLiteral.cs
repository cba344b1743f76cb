using System.Globalization;
using System.Text;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Cypher literals for parameter-free scripts (<see cref="CypherScriptWriter"/>): strings single-quoted with every quote, backslash and
/// control character escaped, so any text stays one literal; dates as <c>date('yyyy-MM-dd')</c>.
/// </summary>
public static class CypherLiteral
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string s => String(s),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture) is var r && (r.Contains('.') || r.Contains('E')) ? r : r + ".0",
        double d => double.IsNaN(d) ? "0.0/0.0" : d > 0 ? "1.0/0.0" : "-1.0/0.0",
        bool b => b ? "true" : "false",
        DateOnly date => $"date('{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}')",
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
}
