using GraphBuilder.Validation;

namespace GraphBuilder.Cli;

/// <summary>Prints problems as <c>path:line:column: message (hint)</c>, one per line, to stderr.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Warnings, as <c>path:line:column: warning: message (hint)</c>; they do not change the exit code.</summary>
    public static void PrintWarnings(IReadOnlyList<Diagnostic> warnings)
    {
        foreach (var warning in warnings) Console.Error.WriteLine(warning);
    }

    public static int Print(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Console.Error.WriteLine(diagnostic);
        Console.Error.WriteLine($"{diagnostics.Count} error{(diagnostics.Count == 1 ? "" : "s")}; nothing was written.");
        return ExitCodes.InvalidInput;
    }
}
