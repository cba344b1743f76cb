namespace GraphBuilder.Cli;

/// <summary>Aligned text tables for the terminal, the one renderer every table-printing command uses.</summary>
internal static class TextTable
{
    private const string Gap = "  ";

    /// <summary>The header line, then one line per row, columns aligned and separated by two spaces.</summary>
    /// <param name="width">Fit every line into this many columns (long cells end with "…"); null: no limit.</param>
    /// <param name="maxCell">No column wider than this, even with room to spare (null: as wide as its longest cell).</param>
    public static IReadOnlyList<string> Lines(string[] header, IReadOnlyList<string[]> rows, int? width, int? maxCell = null)
    {
        // A cell shows what it holds: a line break, a control or a direction-changing character is escaped, never acted on.
        rows = [.. rows.Select(r => r.Select(Validation.Diagnostic.OneLine).ToArray())];
        var widths = header.Select((h, i) => Math.Min(maxCell ?? int.MaxValue, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
        if (width is { } limit) Shrink(widths, header, limit - Gap.Length * (header.Length - 1));
        string Line(string[] cells) => string.Join(Gap, cells.Select((c, i) => Fit(c, widths[i]))).TrimEnd();
        return rows.Select(Line).Prepend(Line(header)).ToList();
    }

    /// <summary>Narrows the widest columns first until the row fits; a column keeps at least its header's width.</summary>
    private static void Shrink(int[] widths, string[] header, int available)
    {
        while (widths.Sum() > available)
        {
            var widest = Array.IndexOf(widths, widths.Max());
            if (widths[widest] <= header[widest].Length) return;
            widths[widest]--;
        }
    }

    private static string Fit(string text, int width) =>
        text.Length > width ? text[..(width - 1)] + "…" : text.PadRight(width);
}
