using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary><c>dotnet pack</c> makes a .NET tool that installs the <c>graphbuilder</c> command, schema included.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task Pack_MakesADotnetTool_NamedGraphbuilder_WithTheSchema()
    {
        using var output = TempSeeds.Empty();
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var pack = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        // The CLI is already built for the tests; packing reuses that build.
        foreach (var a in new[] { "pack", RepoPaths.File("src", "GraphBuilder", "GraphBuilder.csproj"), "--no-build", "-c", configuration, "-o", output.Root })
            pack.ArgumentList.Add(a);
        using var process = Process.Start(pack)!;
        var log = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, log);

        using var package = ZipFile.OpenRead(Directory.GetFiles(output.Root, "*.nupkg").Single());
        var settings = package.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        await using var stream = settings.Open();
        var command = XDocument.Load(stream).Descendants("Command").Single();
        Assert.Equal("graphbuilder", command.Attribute("Name")?.Value);
        Assert.Contains(package.Entries, e => e.FullName.EndsWith("/schema/vocabulary.yaml", StringComparison.Ordinal));
        Assert.Contains(package.Entries, e => e.FullName.EndsWith("/schema/queries.yaml", StringComparison.Ordinal));
    }
}
