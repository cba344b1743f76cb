namespace GraphBuilder.Facts;

/// <summary>A source document as one load read it: its stamp at the read, and the load (which carries its content hash).</summary>
internal sealed record LoadedDocument(FileStamp Stamp, DocumentLoad Load);
