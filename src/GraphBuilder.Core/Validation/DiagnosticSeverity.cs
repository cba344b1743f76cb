namespace GraphBuilder.Validation;

/// <summary>An error makes the seeds invalid; a warning is printed but writes go ahead (unless <c>validate --strict</c>).</summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
}
