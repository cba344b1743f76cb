using System.Buffers;
using GraphBuilder.Files;
using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>
/// The rules a source document's file meets before it is read, and the bounded read itself: a regular file (a
/// pipe, socket or device could block for ever or never end), not empty, within the size limit, UTF-8 text. The
/// seed loader applies them to every cited document and <c>add source</c> to a report before copying it in.
/// </summary>
public static class DocumentFile
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Why the existing file at <paramref name="fullPath"/> cannot be read as a document (<paramref name="name"/> in the message), or null.</summary>
    public static string? Refusal(string fullPath, string name, long maxBytes)
    {
        var kind = FileKinds.Of(fullPath, followLinks: true);
        if (kind == FileKind.Directory) return $"document path '{name}' is a folder, not a file";
        // Checked before any open: opening a FIFO blocks until a writer comes, and a device may never end.
        if (kind == FileKind.Special || new FileInfo(fullPath).Length == 0)
            return $"document '{name}' is empty or not a regular file (a pipe, socket or device); only regular text files are read";
        return new FileInfo(fullPath).Length > maxBytes ? TooLarge(name, maxBytes) : null;
    }

    public static string TooLarge(string name, long maxBytes) => $"document '{name}' is larger than {maxBytes / 1048576.0:0.#} MB";

    public static string NotText(string name) => $"document '{name}' is not readable UTF-8 text";

    /// <summary>The document's text after <see cref="Refusal"/>'s checks and a read bounded by the limit, or the problem.</summary>
    public static (string? Text, string? Problem) ReadText(string fullPath, string name, long maxBytes)
    {
        if (Refusal(fullPath, name, maxBytes) is { } refusal) return (null, refusal);
        var (buffer, count) = ReadPooled(fullPath, maxBytes);
        try
        {
            if (count > maxBytes) return (null, TooLarge(name, maxBytes));
            var chars = ArrayPool<char>.Shared.Rent(count);
            try
            {
                var length = Decode(buffer.AsSpan(0, count), chars, name);
                return length < 0 ? (null, NotText(name)) : (new string(chars, 0, length), null);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Decodes a document's bytes into <paramref name="chars"/> (at least as long); -1 when they are not UTF-8 text.</summary>
    internal static int Decode(ReadOnlySpan<byte> bytes, Span<char> chars, string name)
    {
        // Documents are saved by whatever tool fetched them; a UTF-8 byte-order mark is not text, so it is skipped.
        if (bytes.StartsWith(Utf8Bom)) bytes = bytes[Utf8Bom.Length..];
        return Yaml.YamlTextDecoder.DecodeInto(bytes, chars, name, new DiagnosticBag());
    }

    /// <summary>
    /// The whole file in a pooled buffer (seed files are often over the large-object threshold;
    /// a new array per file would force frequent full collections). Reads until the end, so a file
    /// that grew since its length was taken is read whole, but never more than one byte past
    /// <paramref name="limit"/>: a count above the limit means "too large", whatever the file claimed.
    /// </summary>
    internal static (byte[] Buffer, int Count) ReadPooled(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        var cap = (int)Math.Min(limit + 1, Array.MaxLength);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(stream.Length + 1, 4096, cap));
        var count = 0;
        try
        {
            while (true)
            {
                if (count >= cap) return (buffer, count);
                if (count == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, cap));
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = stream.Read(buffer, count, Math.Min(buffer.Length, cap) - count);
                if (read == 0) return (buffer, count);
                count += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
