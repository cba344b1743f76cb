using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// docs/curation.md runs as written: its report text is saved as report.txt, its <c>sh</c> blocks' commands run in order
/// through the real CLI, and the review step keeps what the page says it keeps.
/// </summary>
public sealed partial class CurationWalkthroughTests
{
    [Fact]
    public async Task Walkthrough_InDocsCuration_RunsAsWritten()
    {
        var page = File.ReadAllText(RepoPaths.File("docs", "curation.md"));
        using var work = new TempFolder();
        File.WriteAllText(work.File("report.txt"), Blocks(page, "text").Single());
        var folder = work.Path;
        var outputs = new List<string>();

        foreach (var command in Blocks(page, "sh").SelectMany(b => b.Split('\n', StringSplitOptions.RemoveEmptyEntries)))
        {
            var words = Words(command);
            if (words[0] == "cd")
            {
                folder = Path.GetFullPath(Path.Combine(folder, words[1]));
                continue;
            }
            Assert.Equal("graphbuilder", words[0]);
            var result = await CliProcess.RunAsync(folder, words[1..]);
            Assert.True(result.ExitCode == 0, $"{command}\n{result}");
            outputs.Add(result.Stdout);
            if (words[1] == "suggest") Review(work.File("suggestions.yaml"), Path.Combine(folder, "seeds", "facts", "daily-sun.yaml"));
        }

        Assert.Contains(outputs, o => o.Contains("Reuters (via Daily Sun)", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(folder, "graph.html")));
    }

    /// <summary>What the page's review step does: keep the candidate it names, its '# suggestion' line deleted.</summary>
    private static void Review(string suggestions, string kept)
    {
        var yaml = File.ReadAllText(suggestions);
        var facts = yaml[..yaml.IndexOf("\ncitations:", StringComparison.Ordinal)];
        Assert.Contains("- id: iran-condemns-albania\n", facts, StringComparison.Ordinal);
        File.WriteAllLines(kept, facts.Split('\n').Where(l => !l.TrimStart().StartsWith('#')), new UTF8Encoding(false));
    }

    private static IEnumerable<string> Blocks(string page, string language) =>
        FencedBlock().Matches(page).Where(m => m.Groups[1].Value == language).Select(m => m.Groups[2].Value);

    /// <summary>A command line's words, as a shell splits them (double quotes group words).</summary>
    private static string[] Words(string line) =>
        ShellWord().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToArray();

    [GeneratedRegex(@"```(\w+)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"""([^""]*)""|(\S+)")]
    private static partial Regex ShellWord();
}
