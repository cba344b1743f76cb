using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>
/// A curator's acknowledgement of one evidence flag on one citation (<c>reviewed:</c>): the rule it
/// answers (<see cref="Flag"/>, e.g. <c>direction</c>), who read the passage, when, and why the
/// citation stands. The flag is then counted as reviewed instead of warned about; the review is
/// shown wherever the citation is (query --quotes, the JSON export).
/// </summary>
public sealed record ReviewRecord(Field? Flag, Field? By, Field? On, Field? Note, SourcePosition At);
