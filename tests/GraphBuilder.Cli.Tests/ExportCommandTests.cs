using System.Text.Json;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TempSeeds _work = TempSeeds.FromReports();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task ExportJson_MatchesTheDocumentedShape_InStableOrder()
    {
        var result = await CliProcess.RunAsync(_work.Root, "export", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(["nodes", "relationships"], root.EnumerateObject().Select(p => p.Name));

        var nodes = root.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(25, nodes.Count);
        Assert.All(nodes, n =>
        {
            Assert.Equal(["id", "labels", "properties"], n.EnumerateObject().Select(p => p.Name));
            Assert.Single(n.GetProperty("labels").EnumerateArray());
            Assert.Equal(JsonValueKind.Object, n.GetProperty("properties").ValueKind);
        });
        var nodeIds = nodes.Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Equal(nodeIds.Order(StringComparer.Ordinal), nodeIds);

        var relationships = root.GetProperty("relationships").EnumerateArray().ToList();
        Assert.Equal(54, relationships.Count);
        Assert.All(relationships, r =>
        {
            Assert.Equal(["id", "type", "start", "end", "properties"], r.EnumerateObject().Select(p => p.Name));
            Assert.Contains(r.GetProperty("start").GetString(), nodeIds);
            Assert.Contains(r.GetProperty("end").GetString(), nodeIds);
            var sources = r.GetProperty("properties").GetProperty("sources").EnumerateArray().ToList();
            Assert.NotEmpty(sources);
            Assert.All(sources, s => Assert.Equal(["source", "publisher", "title", "published", "quote"], s.EnumerateObject().Select(p => p.Name).Where(n => n != "reviewed")));
        });
        var relIds = relationships.Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(relIds.Order(StringComparer.Ordinal), relIds);

        var hosting = relationships.Single(r => r.GetProperty("id").GetString() == "albania-hosts-mko-since-2016").GetProperty("properties");
        Assert.Equal("2016/..", hosting.GetProperty("date").GetString());
        Assert.Equal("2016-01-01", hosting.GetProperty("date_start").GetString());
        Assert.False(hosting.TryGetProperty("date_end", out _));

        var again = await CliProcess.RunAsync(_work.Root, "export", "--format", "json");
        Assert.Equal(result.Stdout, again.Stdout);
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("json")]
    [InlineData("cypher")]
    public async Task Export_KeepsCarriageReturnsAndLineEnds_InEveryFormat(string format)
    {
        // GraphML used to hand CR and CRLF back as LF: XML parsers normalise raw line ends.
        const string About = "one\r\ntwo\rthree\n";
        _work.Write("facts/line-ends.yaml", """
            facts:
              - id: line-ends
                type: ACCUSES
                subject: albania
                object: iran
                about: "one\r\ntwo\rthree\n"
                sources:
                  - source: rferl-2022-09-10
                    quote: "Albania agreed in 2013"
            """);
        var output = Path.Combine(_work.Root, "out." + format);

        var result = await CliProcess.RunAsync(_work.Root, "export", "--format", format, "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = File.ReadAllText(output);
        var about = format switch
        {
            "graphml" => System.Xml.Linq.XDocument.Parse(text, System.Xml.Linq.LoadOptions.PreserveWhitespace).Descendants()
                .Single(e => e.Name.LocalName == "edge" && (string?)e.Attribute("id") == "line-ends").Elements()
                .Single(d => d.Value.StartsWith("one", StringComparison.Ordinal)).Value,
            "json" => JsonDocument.Parse(text).RootElement.GetProperty("relationships").EnumerateArray()
                .Single(r => r.GetProperty("id").GetString() == "line-ends").GetProperty("properties").GetProperty("about").GetString(),
            _ => text.Contains(@"`about`: 'one\r\ntwo\rthree\n'", StringComparison.Ordinal) ? About : text,
        };
        Assert.Equal(About, about);
    }

    [Fact]
    public async Task ExportFromStore_EqualsExportOfTheSeeds_AfterSync()
    {
        var output = Path.Combine(_work.Root, "out.json");
        await CliProcess.RunAsync(_work.Root, "sync");

        var fromSeeds = await CliProcess.RunAsync(_work.Root, "export");
        var fromStore = await CliProcess.RunAsync(_work.Root, "export", "--from-store", "-o", output);

        Assert.True(fromStore.ExitCode == 0, fromStore.ToString());
        Assert.Equal("Wrote out.json: 25 nodes, 54 relationships.\n", fromStore.Stderr.Replace(output, "out.json", StringComparison.Ordinal));
        Assert.Equal(fromSeeds.Stdout, await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken) + "\n");
        Assert.False(File.Exists(output + ".tmp"));
    }

    [Fact]
    public async Task Export_OfInvalidSeeds_ExitsTwo_AndPrintsNoJson()
    {
        _work.Write("facts/bad.yaml", "facts:\n  - id: x\n");

        var result = await CliProcess.RunAsync(_work.Root, "export", "--format", "json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.Stdout);
    }
}
