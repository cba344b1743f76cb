using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary><c>add source</c> for pasted text: no headline needed, the text's fields and the curator's apart, no second copy of a report.</summary>
public sealed class AddSourceTextTests : IDisposable
{
    private const string Pasted = "TIRANA, Sept 8 (Reuters) - Albania expelled Iranian diplomats on Thursday, the government said.\n\nReporting by Jane Doe\n";

    private readonly TempSeeds _work = TempSeeds.FromFixture("validation/base");

    public AddSourceTextTests() => File.WriteAllText(Path.Combine(_work.Root, "pasted.txt"), Pasted);

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task AddSource_PastedTextWithoutATitle_WritesTheTextsFieldsAndTheCuratorsUnderTheirMarkers()
    {
        var result = await CliProcess.RunAsync(_work.Root, "add", "source", "pasted.txt", "--id", "wire-2022-09-08", "--publisher", "Example Times",
            "--published", "2022-09-08", "--dateline", "Sept 8", "--credit", "Reporting by Jane Doe", "--carries", "Reuters", "--note", "Reuters copy");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("""
              - id: wire-2022-09-08
                # from the text
                dateline: "Sept 8"
                credit: "Reporting by Jane Doe"
                # the curator's
                title: "Example Times, 2022-09-08"
                publisher: "Example Times"
                carries: "Reuters"
                published: 2022-09-08
                document: documents/wire-2022-09-08.txt
                note: "Reuters copy"

            """, _work.Read("sources.yaml"), StringComparison.Ordinal);
        var validate = await CliProcess.RunAsync(_work.Root, "validate", "--strict");
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public async Task AddSource_GivenTitle_ForText_IsTheCurators()
    {
        var result = await CliProcess.RunAsync(_work.Root, "add", "source", "pasted.txt", "--id", "wire-2022-09-08", "--title", "Albania expels Iranian diplomats",
            "--publisher", "Example Times", "--published", "2022-09-08");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("""
                # the curator's
                title: "Albania expels Iranian diplomats"
                publisher: "Example Times"
            """, _work.Read("sources.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSource_TextAlreadyInTheSeeds_IsRefused_NamingTheSourceThatHasIt()
    {
        File.WriteAllText(Path.Combine(_work.Root, "again.txt"), File.ReadAllText(_work.PathOf("documents/report.txt")).Replace("\n", "\r\n", StringComparison.Ordinal));
        var before = _work.Read("sources.yaml");

        var result = await CliProcess.RunAsync(_work.Root, "add", "source", "again.txt", "--id", "copy-2022-09-10", "--publisher", "P", "--published", "2022-09-10");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(["error: the report's text is already in the seeds as source 'report'; cite that source instead of adding it again"], result.StderrLines);
        Assert.Equal(before, _work.Read("sources.yaml"));
        Assert.False(File.Exists(_work.PathOf("documents/copy-2022-09-10.txt")));
    }

    [Fact]
    public async Task AddSource_ImpossibleDate_SaysWhatValidateSays()
    {
        var result = await CliProcess.RunAsync(_work.Root, "add", "source", "pasted.txt", "--id", "wire-2022-09-08", "--publisher", "P", "--published", "2022-09-31");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(["error: --published: '2022-09-31' is not a real date: September 2022 has 30 days"], result.StderrLines);
    }

    [Fact]
    public async Task AddSource_DatelineNotInTheText_IsRefused_WritingNothing()
    {
        var before = _work.Read("sources.yaml");

        var result = await CliProcess.RunAsync(_work.Root, "add", "source", "pasted.txt", "--id", "wire-2022-09-08", "--publisher", "P",
            "--published", "2022-09-08", "--dateline", "Sept 9");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(["error: --dateline \"Sept 9\" is not in the report's text (it is text from the document: copy it as the document prints it)"], result.StderrLines);
        Assert.Equal(before, _work.Read("sources.yaml"));
        Assert.False(File.Exists(_work.PathOf("documents/wire-2022-09-08.txt")));
    }
}
