using System.Diagnostics;
using GraphBuilder.Testing;
using YamlDotNet.RepresentationModel;

namespace GraphBuilder.Hosting.Tests.Diagnostics;

/// <summary>The compose file's healthcheck for the graphbuilder service, run as Docker would, against a real worker.</summary>
[Collection(DiagnosticsCollection.Name)]
public sealed class ComposeHealthcheckTests
{
    [Fact]
    public async Task ComposeHealthcheck_PassesWhileHealthy_AndFailsWhenTheStoreIsGone()
    {
        var command = HealthcheckCommand();
        Assert.Contains("/health", command[^1], StringComparison.Ordinal);
        await using var host = await DiagnosticsHost.StartAsync();
        await host.WaitForHealthAsync("Healthy");
        // The container listens on 5080; the test worker listens where Kestrel put it.
        var script = command[^1].Replace("/5080", $"/{host.Http.BaseAddress!.Port}", StringComparison.Ordinal);

        var healthy = await RunAsync(command[0], command[1..^1], script);
        File.Delete(host.Folder.Database);
        await host.WaitForHealthAsync("Unhealthy");
        var unhealthy = await RunAsync(command[0], command[1..^1], script);

        Assert.Equal(0, healthy);
        Assert.NotEqual(0, unhealthy);
    }

    /// <summary>The healthcheck's <c>test</c> without its leading <c>CMD</c>: program, arguments, script.</summary>
    private static string[] HealthcheckCommand()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(RepoPaths.File("docker-compose.yml"))) yaml.Load(reader);
        var service = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"])["graphbuilder"];
        var test = ((YamlSequenceNode)((YamlMappingNode)service["healthcheck"])["test"]).Select(n => ((YamlScalarNode)n).Value!).ToArray();
        Assert.Equal("CMD", test[0]);
        return test[1..];
    }

    private static async Task<int> RunAsync(string program, string[] arguments, string script)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        return process.ExitCode;
    }
}
