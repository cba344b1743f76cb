using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using GraphBuilder.Testing;
using GraphBuilder.Testing.Cli;

namespace GraphBuilder.Deployment.Tests;

/// <summary>
/// Pins each shipped assembly's public types to the list checked in under PublicApi/, so the surface
/// cannot grow (or shrink) silently: a change to it is a change to that list, seen in review.
/// </summary>
public sealed class PublicSurfaceTests
{
    public static TheoryData<string, string> Assemblies => new()
    {
        { "src/GraphBuilder.Yaml", "GraphBuilder.Yaml.dll" },
        { "src/GraphBuilder.Core", "GraphBuilder.Core.dll" },
        { "src/GraphBuilder.Stores.Embedded", "GraphBuilder.Stores.Embedded.dll" },
        { "src/GraphBuilder.Stores.Neo4j", "GraphBuilder.Stores.Neo4j.dll" },
        { "src/GraphBuilder.Web", "GraphBuilder.Web.dll" },
        { "src/GraphBuilder.Hosting", "GraphBuilder.Hosting.dll" },
        { "src/GraphBuilder", "graphbuilder.dll" },
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicTypes_AreExactlyTheCheckedInList(string project, string dll)
    {
        var listFile = RepoPaths.File("tests", "GraphBuilder.Deployment.Tests", "PublicApi", Path.GetFileNameWithoutExtension(dll) + ".txt");
        var expected = File.ReadAllLines(listFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var actual = PublicTypes(CliProcess.BuiltProgram(project, dll)).ToHashSet(StringComparer.Ordinal);

        var added = actual.Except(expected).Order(StringComparer.Ordinal).ToList();
        var removed = expected.Except(actual).Order(StringComparer.Ordinal).ToList();
        Assert.True(added.Count == 0 && removed.Count == 0,
            $"{dll}'s public types differ from {Path.GetFileName(listFile)}: make a type internal unless a library user needs it, " +
            "then update the list on purpose." +
            (added.Count > 0 ? $"\n  public but not listed:\n    {string.Join("\n    ", added)}" : "") +
            (removed.Count > 0 ? $"\n  listed but not public:\n    {string.Join("\n    ", removed)}" : ""));
    }

    /// <summary>Public types read from the file's metadata (nothing is loaded): top-level public ones and those nested public in them.</summary>
    private static IEnumerable<string> PublicTypes(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.TypeDefinitions)
            if (VisibleName(metadata, metadata.GetTypeDefinition(handle)) is { } name) yield return name;
    }

    private static string? VisibleName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        switch (type.Attributes & TypeAttributes.VisibilityMask)
        {
            case TypeAttributes.Public:
                var ns = metadata.GetString(type.Namespace);
                return ns.Length == 0 ? name : $"{ns}.{name}";
            case TypeAttributes.NestedPublic:
                return VisibleName(metadata, metadata.GetTypeDefinition(type.GetDeclaringType())) is { } outer ? $"{outer}+{name}" : null;
            default:
                return null;
        }
    }
}
