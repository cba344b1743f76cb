using System.Text;

namespace GraphBuilder.Web;

/// <summary>
/// Makes JSON safe to place inside a <c>&lt;script type="application/json"&gt;</c> element:
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, U+2028 and U+2029 become <c>\uXXXX</c> escapes, so
/// no string value can close the element (<c>&lt;/script&gt;</c>) or open a comment. Outside
/// strings JSON never contains these characters, so the result parses to the same value.
/// </summary>
internal static class InlineJson
{
    public static string Escape(string json)
    {
        var result = new StringBuilder(json.Length + 16);
        foreach (var c in json)
        {
            switch (c)
            {
                case '<': result.Append("\\u003c"); break;
                case '>': result.Append("\\u003e"); break;
                case '&': result.Append("\\u0026"); break;
                case '\u2028': result.Append("\\u2028"); break;
                case '\u2029': result.Append("\\u2029"); break;
                default: result.Append(c); break;
            }
        }
        return result.ToString();
    }
}
