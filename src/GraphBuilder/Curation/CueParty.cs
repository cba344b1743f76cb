namespace GraphBuilder.Curation;

/// <summary>
/// One reading of a cue: <see cref="Subject"/> does it to <see cref="Object"/>, how that was read, and the earlier sentence of
/// the paragraph that names a party the sentence leaves as "he" or "it" (its <c>context:</c>), when one does.
/// </summary>
internal readonly record struct CueParty(string Subject, string Object, string Reading, string? Context);
