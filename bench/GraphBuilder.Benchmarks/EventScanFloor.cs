using YamlDotNet.Core;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// The floor every sync pays: reading each seed file's text and pulling every YamlDotNet parser
/// event, on one thread, building nothing.
/// </summary>
public static class EventScanFloor
{
    public static long Scan(IReadOnlyList<string> yamlFiles)
    {
        long events = 0;
        foreach (var path in yamlFiles)
        {
            var parser = new Parser(new StringReader(File.ReadAllText(path)));
            while (parser.MoveNext()) events++;
        }
        return events;
    }

    /// <summary>Decodes every other file of the folder (the source documents) from UTF-8, as any check of their text must; returns the characters.</summary>
    public static long DecodeDocuments(string seedsFolder)
    {
        long chars = 0;
        foreach (var path in Directory.EnumerateFiles(seedsFolder, "*", SearchOption.AllDirectories))
            if (!path.EndsWith(".yaml", StringComparison.Ordinal)) chars += File.ReadAllText(path).Length;
        return chars;
    }

    public static string[] Files(string seedsFolder) =>
        Directory.EnumerateFiles(seedsFolder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
}
