using System.Text;

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
        ["fifo-named-yaml"] = root => MakeFifo(Seeds(root, "pipe.yaml")),
    };

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

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
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
