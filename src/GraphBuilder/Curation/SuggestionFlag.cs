namespace GraphBuilder.Curation;

/// <summary>
/// An evidence flag <c>validate --strict</c> raised on a suggestion's quote: the rule's id (what a curator's
/// <c>reviewed:</c> entry names) and the warning as validate printed it, without its position.
/// </summary>
internal sealed record SuggestionFlag(string Rule, string Said);
