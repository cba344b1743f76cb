using System.Text;
using GraphBuilder.Validation;

namespace GraphBuilder.Yaml;

/// <summary>
/// Turns a file's bytes into text for the YAML reader, rejecting what is not plain UTF-8 text
/// with a position: byte-order marks, binary content, invalid UTF-8.
/// </summary>
internal static class YamlTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(ReadOnlySpan<byte> bytes, string path, IYamlDiagnostics diagnostics)
    {
        if (!CheckPreamble(bytes, path, diagnostics)) return null;
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(PositionOf(bytes, FirstInvalidUtf8(bytes), path), "file is not valid UTF-8 text", "re-save it as UTF-8");
            return null;
        }
    }

    /// <summary>
    /// Decodes into a buffer of at least <paramref name="bytes"/>' length (UTF-8 never has fewer
    /// bytes than UTF-16 code units); the text's length, or -1 with the same diagnostics as <see cref="Decode"/>.
    /// </summary>
    public static int DecodeInto(ReadOnlySpan<byte> bytes, Span<char> text, string path, IYamlDiagnostics diagnostics)
    {
        if (!CheckPreamble(bytes, path, diagnostics)) return -1;
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, text, out _, out var written, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done) return written;
        diagnostics.Add(PositionOf(bytes, FirstInvalidUtf8(bytes), path), "file is not valid UTF-8 text", "re-save it as UTF-8");
        return -1;
    }

    private static bool CheckPreamble(ReadOnlySpan<byte> bytes, string path, IYamlDiagnostics diagnostics)
    {
        var start = SourcePosition.StartOf(path);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            diagnostics.Add(start, "file starts with a UTF-8 byte-order mark", "save it as UTF-8 without BOM");
            return false;
        }
        // UTF-32LE's mark starts with UTF-16LE's (FF FE), so it is told apart first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            diagnostics.Add(start, "file is UTF-32 encoded", "save it as UTF-8 without BOM");
            return false;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Add(start, "file is UTF-16 encoded", "save it as UTF-8 without BOM");
            return false;
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Add(PositionOf(bytes, nul, path), "file contains NUL bytes: it looks binary, not YAML text");
            return false;
        }
        return true;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        Span<char> scratch = stackalloc char[256];
        while (offset < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false);
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData)
                return offset + read;
            offset += read;
            if (status == System.Buffers.OperationStatus.Done) break;
        }
        return Math.Min(offset, bytes.Length);
    }

    /// <summary>Line and column (in characters, counting each valid UTF-8 sequence once) of a byte offset.</summary>
    private static SourcePosition PositionOf(ReadOnlySpan<byte> bytes, int offset, string path)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            // LF, CRLF and a lone CR (old Mac line ends) each end a line.
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n'))) { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return new SourcePosition(path, line, column);
    }
}
