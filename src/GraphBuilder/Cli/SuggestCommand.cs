using System.CommandLine;
using System.Globalization;
using System.Text;
using GraphBuilder.Curation;
using GraphBuilder.Facts;
using GraphBuilder.Graph;
using GraphBuilder.Validation;

namespace GraphBuilder.Cli;

/// <summary>
/// <c>graphbuilder suggest --source ID [-o FILE]</c>: candidate facts and new citations read from one report, as YAML to
/// review and paste (<see cref="FactSuggester"/>). It never writes into the seeds.
/// </summary>
internal static class SuggestCommand
{
    private static readonly Option<string> Source = new("--source") { Description = "The source whose report to read", Required = true };
    private static readonly Option<string?> Output = new("--output", "-o") { Description = "Write the suggestions to this file (outside the seeds folder) instead of stdout" };

    public static Command Create()
    {
        var command = new Command("suggest", "Propose facts and citations from one report: sentences naming two known entities with a relation cue, as YAML to review")
            .With([Source, Output], CommonOptions.Corpus);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var (seeds, vocabulary, corpus) = CurationSeeds.Read(result, cancellationToken);
            var wanted = result.GetValue(Source)!;
            var sources = corpus.Sources.Where(s => s.Id is not null).ToList();
            var source = sources.FirstOrDefault(s => s.Id!.Value == wanted)
                ?? throw new UsageException($"--source: no source '{wanted}' in {seeds}{(DidYouMean.Hint(wanted, sources.Select(s => s.Id!.Value)) is { } hint ? $" ({hint})" : "")}");
            if (source.Document is null || !corpus.Documents.TryGetValue(source.Document.Value, out var load) || load.Document is null)
                throw new UsageException($"source '{wanted}' has no readable document{(source.Document is null ? "" : $" ({source.Document.Value})")}; run validate");
            var output = result.GetValue(Output);
            if (output is not null && Inside(output, seeds))
                throw new UsageException($"-o {output} is inside the seeds folder; suggestions are not facts until reviewed: write them elsewhere and paste what you keep");

            var published = source.Published is { } p ? FactDate.ParseDay(p.Value, "published", out _) : null;
            var candidates = new FactSuggester(vocabulary, corpus.Entities)
                .Suggest(wanted, Path.Combine(seeds, source.Document.Value), load.Document, published).ToList();
            var suggestions = SuggestionCheck.Checked(new CorpusPipeline(vocabulary), seeds, source.Document.Value, candidates, cancellationToken);
            var yaml = SuggestionYaml.Write(wanted, suggestions, corpus);
            if (output is null) Console.Write(yaml);
            else
            {
                File.WriteAllText(output, yaml, new UTF8Encoding(false));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {suggestions.Count} suggestions ({suggestions.Count(s => s.Flags.Count > 0)} of them need review) to {output}"));
            }
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static bool Inside(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
