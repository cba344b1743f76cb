namespace GraphBuilder.Facts;

/// <summary>
/// A seed file as one load read it: where it is, its stamp and content hash at the read, and its
/// parse. A later load reuses the parse while the file's content hash and display path are the
/// same (the parse's positions carry the display path).
/// </summary>
internal sealed record LoadedFile(string FullPath, FileStamp Stamp, UInt128 Hash, SeedFile File);
