using System.Text.Json;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>A source that <c>carries</c> another outlet's report counts as that outlet: copies of one wire story are one origin.</summary>
public sealed class ReportOriginTests : IAsyncLifetime
{
    private readonly TempSeeds _work = TempSeeds.FromFixture("validation/base");

    public async ValueTask InitializeAsync()
    {
        _work.Write("documents/reprint.txt", "Brussels. NATO condemned the attack and voiced support for Albania, its statement said.\n");
        _work.Write("reprint.yaml", """
            sources:
              - id: reprint
                title: NATO backs Albania
                publisher: Third Paper
                carries: Other Wire
                published: 2022-09-12
                document: documents/reprint.txt
            facts:
              - id: nato-supports-albania
                type: SUPPORTS
                subject: nato
                object: albania
                sources:
                  - source: other-report
                    quote: NATO condemned the attack and voiced support for Albania
                  - source: reprint
                    quote: NATO condemned the attack and voiced support for Albania
            """);
        var sync = await CliProcess.RunAsync(_work.Root, "sync", "--strict");
        Assert.True(sync.ExitCode == 0, sync.ToString());
    }

    public ValueTask DisposeAsync()
    {
        _work.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Query_CountsAReprintAsTheOutletItCarries_AndShowsTheCarrier()
    {
        var table = await CliProcess.RunAsync(_work.Root, "query", "claims", "--subject", "nato", "--object", "albania");
        var json = await CliProcess.RunAsync(_work.Root, "query", "claims", "--subject", "nato", "--object", "albania", "--format", "json");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("Other Wire (via Third Paper)", table.Stdout, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json.Stdout);
        var origin = Assert.Single(Assert.Single(parsed.RootElement.EnumerateArray()).GetProperty("origins").EnumerateArray());
        Assert.Equal("Other Wire", origin.GetProperty("name").GetString());
        Assert.Equal(["Third Paper"], origin.GetProperty("carriers").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Query_MinReports_CountsIndependentOrigins_NotCopies()
    {
        var two = await CliProcess.RunAsync(_work.Root, "query", "claims", "--subject", "nato", "--object", "albania", "--min-reports", "2", "--format", "json");
        var one = await CliProcess.RunAsync(_work.Root, "query", "claims", "--subject", "nato", "--object", "albania", "--min-reports", "1", "--format", "json");

        Assert.True(two.ExitCode == 0, two.ToString());
        Assert.Equal(0, JsonDocument.Parse(two.Stdout).RootElement.GetArrayLength());
        Assert.Equal(1, JsonDocument.Parse(one.Stdout).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Export_GivesTheViewEachSourcesCarriedOutlet()
    {
        var export = await CliProcess.RunAsync(_work.Root, "export", "--format", "json");

        Assert.True(export.ExitCode == 0, export.ToString());
        using var parsed = JsonDocument.Parse(export.Stdout);
        var reprint = parsed.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "reprint");
        Assert.Equal("Other Wire", reprint.GetProperty("properties").GetProperty("carries").GetString());
    }
}
