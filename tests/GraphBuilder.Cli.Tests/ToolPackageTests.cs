using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary><c>dotnet pack</c> makes a .NET tool that installs the <c>graphbuilder</c> command, schema included, and works away from this repository.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task Pack_MakesADotnetTool_NamedGraphbuilder_WithTheSchema()
    {
        using var output = new TempFolder();
        await PackAsync(output.Path);

        using var package = ZipFile.OpenRead(Directory.GetFiles(output.Path, "*.nupkg").Single());
        var settings = package.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        await using var stream = settings.Open();
        var command = XDocument.Load(stream).Descendants("Command").Single();
        Assert.Equal("graphbuilder", command.Attribute("Name")?.Value);
        Assert.Contains(package.Entries, e => e.FullName.EndsWith("/schema/vocabulary.yaml", StringComparison.Ordinal));
        Assert.Contains(package.Entries, e => e.FullName.EndsWith("/schema/queries.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InstalledTool_StartsAProject_AddsAReport_SuggestsItsFacts_AndSyncsIt_OutsideTheRepository()
    {
        using var work = new TempFolder();
        var packages = work.File("packages");
        await PackAsync(packages);
        var tools = work.File("tools");
        await RunAsync(work.Path, "dotnet", "tool", "install", "GraphBuilder", "--tool-path", tools, "--add-source", packages);
        var graphbuilder = Path.Combine(tools, "graphbuilder");

        await RunAsync(work.Path, graphbuilder, "init", "project");
        var project = work.File("project");
        File.WriteAllText(work.File("report.txt"), "Tehran condemned Albania for cutting diplomatic ties with Iran, the ministry said on Thursday.\n");
        var add = await RunAsync(project, graphbuilder, "add", "source", "../report.txt", "--id", "wire-2022-09-08",
            "--publisher", "Example Wire", "--published", "2022-09-08");
        Assert.Contains("graphbuilder find", add, StringComparison.Ordinal);
        var suggest = await RunAsync(project, graphbuilder, "suggest", "--source", "wire-2022-09-08");
        Assert.Contains("type: CONDEMNS", suggest, StringComparison.Ordinal);
        await RunAsync(project, graphbuilder, "validate", "--strict");
        var sync = await RunAsync(project, graphbuilder, "sync");

        // The example's three nodes and the added report's source.
        Assert.Contains("4 nodes", sync, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project, "graph.db")));
    }

    /// <summary>Packs the CLI as already built for the tests (same configuration) into <paramref name="output"/>.</summary>
    private static Task PackAsync(string output)
    {
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        return RunAsync(RepoPaths.Root, "dotnet", "pack", RepoPaths.File("src", "GraphBuilder", "GraphBuilder.csproj"), "--no-build", "-c", configuration, "-o", output);
    }

    /// <summary>Runs a program to exit 0 and returns its stdout (the failure message holds both streams).</summary>
    private static async Task<string> RunAsync(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: exit {process.ExitCode}\n{await stdout}\n{await stderr}");
        return await stdout;
    }
}
