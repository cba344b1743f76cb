using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>One parsed seed file: its records and the problems found while reading it alone.</summary>
public sealed record SeedFile(
    string Path,
    IReadOnlyList<SourceRecord> Sources,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<FactRecord> Facts,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public static SeedFile Failed(string path, IReadOnlyList<Diagnostic> diagnostics) => new(path, [], [], [], diagnostics);
}
