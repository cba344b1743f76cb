namespace GraphBuilder.Generation;

/// <summary>
/// A sentence a fact's citation quotes, kept compact until its document is written: the subject
/// and object entities it names and the words chosen for it (see <see cref="SyntheticText.Claim"/>).
/// </summary>
internal readonly record struct PlannedClaim(int Subject, int Object, ulong Words);
