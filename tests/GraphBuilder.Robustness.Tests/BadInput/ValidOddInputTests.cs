using System.Text;
using System.Text.Json;
using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Testing;

namespace GraphBuilder.Robustness.Tests.BadInput;

/// <summary>Odd but valid input the CLI once refused: it validates, and its text reaches the export unchanged.</summary>
public sealed class ValidOddInputTests
{
    [Fact]
    public async Task ADocumentStartingWithAUtf8ByteOrderMark_IsRead_AndItsQuotesMatch()
    {
        using var folder = new TempFolder("gb-bom-document");
        var seeds = folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        var document = Path.Combine(seeds, "documents", "daily.txt");
        await File.WriteAllBytesAsync(document, [0xEF, 0xBB, 0xBF, .. await File.ReadAllBytesAsync(document, TestContext.Current.CancellationToken)],
            TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(folder.Path, "validate", "--seeds", "seeds", "--schema", RepoPaths.Schema);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public async Task AYaml12NonBreakInAQuotedValue_IsText_AndExportsAsItWasWritten(string separator)
    {
        using var folder = new TempFolder("gb-line-separator");
        var seeds = folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        await File.WriteAllTextAsync(Path.Combine(seeds, "more.yaml"),
            $"entities:\n  - id: delta\n    kind: state\n    name: \"Delta{separator}Prime\"\n", new UTF8Encoding(false), TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(folder.Path, "export", "--seeds", "seeds", "--format", "json", "--schema", RepoPaths.Schema);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var delta = json.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "delta");
        Assert.Equal($"Delta{separator}Prime", delta.GetProperty("properties").GetProperty("name").GetString());
    }
}
