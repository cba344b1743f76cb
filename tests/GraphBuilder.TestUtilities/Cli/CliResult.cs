namespace GraphBuilder.Testing.Cli;

/// <summary>How one <c>graphbuilder</c> child process ended: exit code, captured output and (when measured) peak memory.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr, long? PeakMemoryBytes)
{
    /// <summary>stdout and stderr together, for "never shows X" checks.</summary>
    public string AllOutput => Stdout + "\n" + Stderr;

    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The CLI never shows a stack trace or an exception type name, whatever went wrong.</summary>
    public void AssertNoStackTrace()
    {
        Xunit.Assert.DoesNotContain("   at ", AllOutput, StringComparison.Ordinal);
        Xunit.Assert.DoesNotContain("Exception", AllOutput, StringComparison.Ordinal);
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
