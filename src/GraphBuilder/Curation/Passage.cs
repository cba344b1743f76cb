namespace GraphBuilder.Curation;

/// <summary>A passage of a source document that holds every searched word: the sentence, or the whole line when no one sentence does.</summary>
internal sealed record Passage(string SourceId, string DocumentPath, int Line, string Text);
