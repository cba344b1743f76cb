namespace GraphBuilder.Generation;

/// <summary>
/// A sentence a fact's citation quotes, kept compact until its document is written: the subject
/// and object entities it names, the verb that says the fact's type, the year of its date (null:
/// any), and the words chosen for the rest (see <see cref="SyntheticText.Claim"/>).
/// </summary>
internal readonly record struct PlannedClaim(int Subject, int Object, ulong Words, string Verb, int? Year);
