using GraphBuilder.Validation;
using GraphBuilder.Yaml;

namespace GraphBuilder.Yaml.Tests;

/// <summary>
/// Reads a text with both YAML readers and compares what a seed reader sees: kinds, scalar text,
/// plain or quoted, and where each node starts.
/// </summary>
internal static class YamlEventComparison
{
    public sealed record Event(YamlEventKind Kind, string? Value, bool IsPlain, int Line, int Column)
    {
        public override string ToString() => $"{Kind} {Line}:{Column}{(Value is null ? "" : $" {(IsPlain ? "plain" : "quoted")} \"{Value.Replace("\n", "\\n")}\"")}";
    }

    /// <summary>YamlDotNet's events, or null when it rejects the text.</summary>
    public static List<Event>? YamlDotNet(string text)
    {
        try
        {
            return Collect(new YamlEventReader(text, "x.yaml", new DiagnosticBag()));
        }
        catch (YamlRejectedException)
        {
            return null;
        }
    }

    /// <summary>The block reader's events, or null when it hands the text back.</summary>
    public static List<Event>? Block(string text)
    {
        using var reader = BlockYamlReader.TryRead(text.AsMemory(), "x.yaml");
        if (reader is null) return null;
        try
        {
            return Collect(reader);
        }
        catch (NotInBlockSubsetException)
        {
            return null;
        }
    }

    /// <summary>Fails unless the block reader either hands the text back or sees exactly what YamlDotNet sees; true when it read it.</summary>
    public static bool AssertAgrees(string text)
    {
        var block = Block(text);
        if (block is null) return false;
        var yamlDotNet = YamlDotNet(text);
        Assert.True(yamlDotNet is not null, $"the block reader accepted text YamlDotNet rejects:\n{text}");
        if (!yamlDotNet.SequenceEqual(block))
        {
            var first = Enumerable.Range(0, Math.Min(block.Count, yamlDotNet.Count)).FirstOrDefault(i => block[i] != yamlDotNet[i], Math.Min(block.Count, yamlDotNet.Count));
            Assert.Fail($"event {first} differs: YamlDotNet {At(yamlDotNet, first)}, block reader {At(block, first)}\n{text}");
        }
        return true;
    }

    private static string At(List<Event> events, int i) => i < events.Count ? events[i].ToString() : "(end)";

    private static List<Event> Collect(YamlEventSource source)
    {
        var events = new List<Event>();
        while (source.Next())
        {
            switch (source.Kind)
            {
                case YamlEventKind.Other:
                    continue;
                case YamlEventKind.Scalar:
                    events.Add(new Event(source.Kind, source.Value, source.IsPlain, source.At.Line, source.At.Column));
                    break;
                case YamlEventKind.MappingStart or YamlEventKind.SequenceStart:
                    events.Add(new Event(source.Kind, null, false, source.At.Line, source.At.Column));
                    break;
                default:
                    // Where a collection ends is never reported to users.
                    events.Add(new Event(source.Kind, null, false, 0, 0));
                    break;
            }
        }
        return events;
    }
}
