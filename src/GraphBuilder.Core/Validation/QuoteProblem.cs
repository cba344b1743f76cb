namespace GraphBuilder.Validation;

/// <summary>
/// Why a quote does not hold: a part that does not occur at all (<see cref="MissingPart"/>, the
/// caller builds the hint from the documents), or a rule the quote breaks (message and hint).
/// </summary>
internal sealed record QuoteProblem(string? MissingPart, string Message, string? Hint)
{
    public static QuoteProblem NotFound(string part) => new(part, "", null);

    public static QuoteProblem Breaks(string message, string hint) => new(null, message, hint);
}
