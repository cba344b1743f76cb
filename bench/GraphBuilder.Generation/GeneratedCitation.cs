namespace GraphBuilder.Generation;

/// <summary>A planned <c>sources:</c> item: a source id and a quote that occurs in its document.</summary>
public readonly record struct GeneratedCitation(string Source, string Quote);
