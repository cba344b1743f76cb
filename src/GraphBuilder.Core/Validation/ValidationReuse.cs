namespace GraphBuilder.Validation;

/// <summary>
/// What a validation may take from an earlier one instead of checking again, per file of the corpus
/// (by index): a file's whole checks, or only its quote results; and the cross-file checks. The
/// caller decides what still holds (<see cref="Graph.IncrementalBuild"/> states when).
/// </summary>
internal sealed record ValidationReuse(IReadOnlyList<FileChecks?> Checks, IReadOnlyList<QuoteMemo?> Quotes, CrossFileChecks? CrossFile)
{
    public static ValidationReuse None(int files) => new(new FileChecks?[files], new QuoteMemo?[files], null);
}
