namespace GraphBuilder.Files;

/// <summary>What a path names, as <see cref="FileKinds.Of"/> finds it.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,

    /// <summary>A character or block device, a named pipe (FIFO) or a socket: not a file to read whole or to replace.</summary>
    Special,
}
