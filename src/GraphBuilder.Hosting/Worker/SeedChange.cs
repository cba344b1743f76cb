namespace GraphBuilder.Hosting.Worker;

/// <summary>One change signal: a file under the seeds folder changed, or events may have been lost.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Path">The file concerned, or the seeds folder for <see cref="SeedChangeKind.Overflow"/>.</param>
internal readonly record struct SeedChange(SeedChangeKind Kind, string Path);
