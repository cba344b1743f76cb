using System.CommandLine;
using GraphBuilder.Curation;
using GraphBuilder.Facts;
using GraphBuilder.Validation;

namespace GraphBuilder.Cli;

/// <summary>
/// <c>graphbuilder find "words" [--source ID]</c>: passages of the source documents holding every word,
/// printed as citations ready to paste under a fact's <c>sources:</c>.
/// </summary>
internal static class FindCommand
{
    private const int Shown = 20;

    private static readonly Argument<string> Words = new("words") { Description = "Words the passage must contain (all of them, any case)" };
    private static readonly Option<string?> Source = new("--source") { Description = "Search only this source's document (default: every source)" };

    public static Command Create()
    {
        var command = new Command("find", "Find passages to quote in the source documents, printed as ready-to-paste citations")
            .With([Source], CommonOptions.Corpus);
        command.Arguments.Add(Words);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var (seeds, _, corpus) = CurationSeeds.Read(result, cancellationToken);
            var sources = corpus.Sources.Where(s => s.Id is not null && s.Document is not null).ToList();
            if (result.GetValue(Source) is { } wanted)
            {
                var ids = sources.Select(s => s.Id!.Value).ToList();
                if (!ids.Contains(wanted, StringComparer.Ordinal))
                    throw new UsageException($"--source: no source '{wanted}' in {seeds}{(DidYouMean.Hint(wanted, ids) is { } hint ? $" ({hint})" : "")}");
                sources = sources.Where(s => s.Id!.Value == wanted).ToList();
            }
            var words = PassageFinder.Words(result.GetValue(Words)!);
            if (words.Count == 0) throw new UsageException("give the words to look for, e.g. find \"severed diplomatic ties\"");

            var passages = sources
                .Select(s => (Source: s, Path: Path.Combine(seeds, s.Document!.Value)))
                .Where(s => File.Exists(s.Path))
                .SelectMany(s => PassageFinder.Find(s.Source.Id!.Value, s.Path, words))
                .ToList();
            foreach (var p in passages.Take(Shown))
            {
                Console.WriteLine($"{DisplayPath.Of(p.DocumentPath)}:{p.Line}");
                Console.WriteLine($"      - source: {p.SourceId}");
                Console.WriteLine($"        quote: {SourceEntry.Quote(p.Text)}");
            }
            if (passages.Count > Shown) Console.Error.WriteLine($"{passages.Count - Shown} more passages not shown; add words or --source to narrow the search");
            if (passages.Count == 0) Console.Error.WriteLine($"no passage in {sources.Count} source document{(sources.Count == 1 ? "" : "s")} contains all of: {string.Join(' ', words)}");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
