namespace GraphBuilder.Validation;

/// <summary>A validation's diagnostics, sorted, and the results it was made of, for a later validation to reuse.</summary>
internal sealed record CorpusValidation(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<FileChecks> Files, CrossFileChecks CrossFile)
{
    /// <summary>What the evidence rules saw across every file.</summary>
    public EvidenceTally Evidence => Files.Aggregate(EvidenceTally.None, (tally, file) => tally.Plus(file.Evidence));
}
