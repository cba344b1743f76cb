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

    public static string[] Files(string seedsFolder) =>
        Directory.EnumerateFiles(seedsFolder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
}
