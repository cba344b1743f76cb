using GraphBuilder.Validation;

namespace GraphBuilder.Schema;

/// <summary>The schema folder has problems; <see cref="Diagnostics"/> names every one with its position.</summary>
public sealed class SchemaLoadException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception("the schema has errors:" + Environment.NewLine + string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
