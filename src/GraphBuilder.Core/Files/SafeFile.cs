using System.Security.Cryptography;
using System.Text;

namespace GraphBuilder.Files;

/// <summary>
/// How GraphBuilder writes every file it produces (exports, added documents, seed files): into a new temporary
/// file with an unpredictable name beside the target, created exclusively (an existing file or a symbolic link
/// planted at that name makes the create fail instead of being followed or deleted), flushed to disk, then
/// renamed over the target, so a reader sees the old file or the new one, never half of one.
/// A target that is a device, pipe or socket (a FIFO, <c>/dev/null</c>) is written as a stream, in place, and
/// <c>/dev/stdout</c> or <c>/dev/stderr</c> through the process's own descriptor, as every Unix tool does; a folder
/// or a symbolic link to anything else is refused rather than replaced.
/// </summary>
public static class SafeFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => Write(path, stream =>
    {
        var bytes = Utf8.GetBytes(text);
        stream.Write(bytes);
    });

    /// <exception cref="OutputTargetException">The target is a folder or a symbolic link.</exception>
    /// <exception cref="IOException">The write failed; the message names the target, and the target is unchanged.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        if (OperatingSystem.IsLinux() && StandardStream(path) is { } standard)
        {
            using (standard) write(standard);
            return;
        }
        switch (FileKinds.Of(path, followLinks: false))
        {
            case FileKind.Directory:
                throw new OutputTargetException($"cannot write {path}: it is a folder (give a file name)");
            case FileKind.SymbolicLink when FileKinds.Of(path, followLinks: true) != FileKind.Special:
                // Replacing the link would silently cut it; writing through it would write where the name does not say.
                throw new OutputTargetException($"cannot write {path}: it is a symbolic link (to {new FileInfo(path).LinkTarget}); write to the file it points to, or remove the link");
            case FileKind.SymbolicLink:
            case FileKind.Special:
                WriteStream(path, write);
                return;
            default:
                WriteReplacing(path, write);
                return;
        }
    }

    /// <summary>The process's own standard output or error, by any of their names: written through the descriptor itself, so a
    /// redirection's offset and append mode hold (reopening the name would start at the beginning of a redirected file).</summary>
    private static Stream? StandardStream(string path) => Path.GetFullPath(path) switch
    {
        "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1" => Console.OpenStandardOutput(),
        "/dev/stderr" or "/dev/fd/2" or "/proc/self/fd/2" => Console.OpenStandardError(),
        _ => null,
    };

    private static void WriteStream(string path, Action<Stream> write)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            write(stream);
            stream.Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write {path}: {ex.Message}", ex);
        }
    }

    private static void WriteReplacing(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{RandomNumberGenerator.GetHexString(16, lowercase: true)}.tmp");
        var created = false;
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            // A replaced file keeps its permissions.
            if (!OperatingSystem.IsWindows() && File.Exists(full)) options.UnixCreateMode = File.GetUnixFileMode(full);
            using (var stream = new FileStream(temporary, options))
            {
                created = true;
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
            created = false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write {path}: {ex.Message.Replace(temporary, full, StringComparison.Ordinal)}", ex);
        }
        finally
        {
            if (created) File.Delete(temporary);
        }
    }
}
