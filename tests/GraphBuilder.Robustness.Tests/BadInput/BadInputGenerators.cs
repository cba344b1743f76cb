using System.Text;
using GraphBuilder.Robustness.Tests.Support;

namespace GraphBuilder.Robustness.Tests.BadInput;

/// <summary>
/// Builds the cases that are too big, binary or filesystem-shaped to commit: they are written into the
/// case's temp folder (<c>root</c>, holding <c>seeds/</c> already filled with the base corpus).
/// </summary>
public static class BadInputGenerators
{
    private const string Header = "# yaml-language-server: $schema=../schema/seeds.schema.json\n";

    private static readonly Dictionary<string, Action<string>> Generators = new(StringComparer.Ordinal)
    {
        ["key-2000-characters"] = root => File.WriteAllText(Seeds(root, "bad.yaml"), Header + "entities:\n  - id: gamma\n    kind: state\n    name: Gamma\n    " + new string('k', 2000) + ": x\n"),
        ["utf32"] = root => File.WriteAllText(Seeds(root, "utf32.yaml"), "entities:\n  - id: gamma\n", new UTF32Encoding(bigEndian: false, byteOrderMark: true)),
        ["utf16"] = root => File.WriteAllText(Seeds(root, "utf16.yaml"), "entities:\n  - id: gamma\n", new UnicodeEncoding(bigEndian: false, byteOrderMark: true)),
        ["invalid-utf8"] = root => File.WriteAllBytes(Seeds(root, "latin.yaml"),
            [.. Encoding.UTF8.GetBytes("entities:\n  - id: gamma\n    kind: state\n    name: "), 0xC3, 0x28, .. "af\u00e9\n"u8]),
        ["binary-file"] = root => File.WriteAllBytes(Seeds(root, "image.yaml"),
            [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R',
             .. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 251))]),
        ["nesting-flow-10000"] = root => File.WriteAllText(Seeds(root, "deep.yaml"), "entities: " + new string('[', 10_000) + new string(']', 10_000) + "\n"),
        ["nesting-block-10000"] = root => File.WriteAllText(Seeds(root, "deep.yaml"), "entities:\n  " + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n"),
        ["scalar-50mb"] = root => WriteHugeScalar(Seeds(root, "huge.yaml"), 50L * 1024 * 1024),
        ["symlink-file-outside"] = root =>
        {
            var secret = Outside(root, "secret.yaml", Header + "entities:\n  - id: stolen\n    kind: state\n    name: Stolen\n");
            File.CreateSymbolicLink(Seeds(root, "leak.yaml"), secret);
        },
        ["symlink-folder-outside"] = root =>
        {
            Outside(root, "more/extra.yaml", Header + "entities:\n  - id: stolen\n    kind: state\n    name: Stolen\n");
            Directory.CreateSymbolicLink(Seeds(root, "more"), Path.Combine(root, "outside", "more"));
        },
        ["symlink-folder-loop"] = root =>
        {
            Directory.CreateSymbolicLink(Seeds(root, "again"), ".");
            Directory.CreateSymbolicLink(Seeds(root, "up"), "..");
        },
        ["symlink-document-outside"] = root =>
        {
            var document = Outside(root, "private.txt", "Alpha accused Beta of the outage on Monday.\n");
            File.CreateSymbolicLink(Seeds(root, "documents", "leak.txt"), document);
            File.WriteAllText(Seeds(root, "bad.yaml"),
                Header + "sources:\n  - id: leak\n    title: Leak\n    publisher: Nobody\n    published: 2024-01-05\n    document: documents/leak.txt\n");
        },
        ["symlink-dangling"] = root => File.CreateSymbolicLink(Seeds(root, "gone.yaml"), Seeds(root, "nowhere.yaml")),
        ["fifo-named-yaml"] = root => SpecialFiles.MakeFifo(Seeds(root, "pipe.yaml")),
        ["document-fifo"] = root => CitedDocument(root, "pipe.txt", SpecialFiles.MakeFifo),
        ["document-socket"] = root => CitedDocument(root, "socket.txt", MakeSocket),
        ["document-char-device"] = root => CitedDocument(root, "zero.txt", path => SpecialFiles.MakeDevice(path, "1", "5")),
        ["document-trailing-slash"] = root => CitedDocument(root, "daily.txt/", _ => { }),
        ["document-is-a-folder"] = root => CitedDocument(root, "sub", path => Directory.CreateDirectory(path)),
        ["newline-in-file-name"] = root => File.WriteAllText(Seeds(root, "new\nline.yaml"), ""),
        ["cr-line-ends-invalid-utf8"] = root => File.WriteAllBytes(Seeds(root, "mac.yaml"),
            [.. Encoding.UTF8.GetBytes("entities:\r  - id: gamma\r    kind: state\r    name: "), 0xC3, 0x28, .. "af\r"u8]),
    };

    private static readonly System.Collections.Concurrent.ConcurrentBag<System.Net.Sockets.Socket> OpenSockets = [];

    public static void Generate(BadInputCase badCase, string root)
    {
        if (!Generators.TryGetValue(badCase.Case, out var generate))
            throw new InvalidOperationException($"cases.json marks '{badCase.Case}' as generated, but BadInputGenerators has no generator for it");
        generate(root);
    }

    private static string Seeds(string root, params string[] parts) => Path.Combine([root, "seeds", .. parts]);

    private static string Outside(string root, string relative, string text)
    {
        var path = Path.Combine(root, "outside", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A source whose document is <c>documents/NAME</c>, made by <paramref name="make"/> (given its full path).</summary>
    private static void CitedDocument(string root, string name, Action<string> make)
    {
        make(Seeds(root, "documents", name));
        File.WriteAllText(Seeds(root, "bad.yaml"),
            Header + $"sources:\n  - id: odd\n    title: Odd\n    publisher: Nobody\n    published: 2024-01-05\n    document: documents/{name}\n");
    }

    private static void MakeSocket(string path)
    {
        // Binding creates the socket file. .NET removes it when the socket is disposed, so the socket stays
        // open (listening, never accepting) until the test process ends.
        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(path));
        socket.Listen();
        OpenSockets.Add(socket);
    }

    private static void WriteHugeScalar(string path, long bytes)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        file.Write("entities:\n  - id: gamma\n    kind: state\n    name: \""u8);
        var chunk = new byte[1 << 20];
        Array.Fill(chunk, (byte)'A');
        for (long written = 0; written < bytes; written += chunk.Length) file.Write(chunk);
        file.Write("\"\n"u8);
    }
}
