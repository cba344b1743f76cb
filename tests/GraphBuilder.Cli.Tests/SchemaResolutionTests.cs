using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>Which schema a command reads: the one beside the seeds folder, then ./schema, then the packed copy, and it says so.</summary>
public sealed class SchemaResolutionTests
{
    private const string FactWithANewType = """
        facts:
          - id: albania-expels-iran
            type: EXPELS
            subject: albania
            object: iran
            sources:
              - source: report
                quote: Albania accused Iran of the cyberattack
        """;

    [Fact]
    public async Task Validate_ReadsTheSchemaBesideTheSeedsFolder_AndNamesIt()
    {
        using var work = TempSeeds.Empty();
        var project = Path.Combine(work.Root, "other");
        TempFolder.CopyTree(RepoPaths.Fixture("validation/base"), Path.Combine(project, "seeds"));
        TempFolder.CopyTree(RepoPaths.Schema, Path.Combine(project, "schema"));
        File.AppendAllText(Path.Combine(project, "schema", "vocabulary.yaml"), """

              EXPELS:
                description: The subject expels the object's diplomats.
                from: [state]
                to: [state]
            """);
        File.WriteAllText(Path.Combine(project, "seeds", "facts.yaml"), FactWithANewType);

        // The working folder's ./schema (the shipped vocabulary) lacks EXPELS: only the project's own schema knows it.
        var result = await CliProcess.RunAsync(work.Root, "validate", "--seeds", "other/seeds");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["schema: other/schema (beside the seeds folder)"], result.StderrLines);
    }

    [Fact]
    public async Task Validate_FallsBackToThePackedSchema_AndSaysSo()
    {
        using var work = TempSeeds.FromFixture("validation/base");
        Directory.Delete(work.SchemaFolder, recursive: true);

        var result = await CliProcess.RunAsync(work.Root, "validate");

        Assert.True(result.ExitCode == 0, result.ToString());
        var note = Assert.Single(result.StderrLines);
        Assert.StartsWith("schema: ", note, StringComparison.Ordinal);
        Assert.EndsWith("(the copy packed with graphbuilder: no schema/ folder beside the seeds folder or in the working folder)", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_SaysNothingAboutTheSchema_WhenItIsTheWorkingFolders()
    {
        using var work = TempSeeds.FromFixture("validation/base");

        var result = await CliProcess.RunAsync(work.Root, "validate");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Stderr);
    }
}
