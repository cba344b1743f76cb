namespace GraphBuilder.Yaml;

/// <summary>
/// YAML 1.2 breaks lines only at LF and CR; YamlDotNet still follows YAML 1.1, where NEL (U+0085), LINE
/// SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) break lines too, so a quoted value holding one
/// got an indentation error. Before parsing, each is swapped for a noncharacter of the same length
/// (positions stay the same) and swapped back in scalar values. A text that already holds one of the
/// noncharacters is left alone.
/// </summary>
internal static class Yaml12LineBreaks
{
    private const string Breaks = "\u0085\u2028\u2029";
    private const string StandIns = "\uFDD0\uFDD1\uFDD2";

    public static ReadOnlyMemory<char> Hide(ReadOnlyMemory<char> text, out bool hidden)
    {
        var span = text.Span;
        hidden = span.IndexOfAny(Breaks) >= 0 && span.IndexOfAny(StandIns) < 0;
        if (!hidden) return text;
        var copy = span.ToArray();
        for (var i = 0; i < copy.Length; i++)
            if (Breaks.IndexOf(copy[i]) is var k and >= 0) copy[i] = StandIns[k];
        return copy;
    }

    public static string Restore(string value)
    {
        if (value.AsSpan().IndexOfAny(StandIns) < 0) return value;
        return string.Create(value.Length, value, static (chars, v) =>
        {
            for (var i = 0; i < v.Length; i++) chars[i] = StandIns.IndexOf(v[i]) is var k and >= 0 ? Breaks[k] : v[i];
        });
    }
}
