using GraphBuilder.Validation;

namespace GraphBuilder.Cli;

/// <summary>
/// Prints problems as <c>path:line:column: message (hint)</c>, one per line, to stderr: the first
/// <see cref="Shown"/>, then how many more, then a hint when the seeds folder itself looks wrong.
/// </summary>
internal static class DiagnosticPrinter
{
    public const int Shown = 100;

    /// <summary>Warnings, as <c>path:line:column: warning: message (hint)</c>; they do not change the exit code.</summary>
    public static void PrintWarnings(IReadOnlyList<Diagnostic> warnings)
    {
        foreach (var warning in warnings) Console.Error.WriteLine(warning);
    }

    public static int Print(IReadOnlyList<Diagnostic> diagnostics, string seeds)
    {
        foreach (var diagnostic in diagnostics.Take(Shown)) Console.Error.WriteLine(diagnostic);
        if (diagnostics.Count > Shown) Console.Error.WriteLine($"... and {diagnostics.Count - Shown} more errors not shown");
        Console.Error.WriteLine($"{diagnostics.Count} error{(diagnostics.Count == 1 ? "" : "s")}; nothing was written.");
        if (SeedsFolder.Hint(seeds) is { } hint) Console.Error.WriteLine(hint);
        return ExitCodes.InvalidInput;
    }
}
