namespace GraphBuilder.Facts;

/// <summary>
/// A file's length and last write time when it was read, for skipping the read and hash of a file
/// that has not changed since. Like git's "racily clean" rule, a stamp is trusted only when the
/// write time was well before the read: file system clocks are coarse, so a write in the same
/// tick as the read could leave length and time unchanged. Otherwise the file is hashed.
/// </summary>
internal readonly record struct FileStamp(long Length, DateTime WriteTimeUtc, DateTime ReadAtUtc)
{
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    public static FileStamp Before(FileInfo info, DateTime readAtUtc) => new(info.Length, info.LastWriteTimeUtc, readAtUtc);

    /// <summary>True when the file still has this length and write time, and that write time was settled when it was read.</summary>
    public bool Matches(FileInfo info) =>
        WriteTimeUtc < ReadAtUtc - Settled && info.Length == Length && info.LastWriteTimeUtc == WriteTimeUtc;
}
