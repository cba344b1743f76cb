namespace GraphBuilder.Hosting.Worker;

internal enum SeedChangeKind
{
    /// <summary>A file was created, written, deleted or renamed.</summary>
    File,

    /// <summary>
    /// Events may have been lost (watcher buffer overflow or error, the seeds folder vanished or came back):
    /// the whole folder must be re-read, which every sync does anyway.
    /// </summary>
    Overflow,
}
