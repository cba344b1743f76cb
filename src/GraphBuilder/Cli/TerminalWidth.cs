using System.Globalization;

namespace GraphBuilder.Cli;

/// <summary>How wide tables may be: <c>COLUMNS</c> when set, else the terminal's width, else unlimited (output piped).</summary>
internal static class TerminalWidth
{
    public static int? Columns()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0)
            return columns;
        if (Console.IsOutputRedirected) return null;
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
