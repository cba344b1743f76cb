using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Curation;
using GraphBuilder.Facts;
using GraphBuilder.Files;
using GraphBuilder.Validation;

namespace GraphBuilder.Cli;

/// <summary>
/// <c>graphbuilder add source FILE --id ID --publisher P --published YYYY-MM-DD [--title T] [--dateline D] [--credit C] [--url U] [--carries C] [--note N]</c>:
/// copies a report (text, or HTML converted to text) into the seeds' documents folder and adds its
/// source entry, so the next step is citing it. Nothing is written when any part is wrong.
/// </summary>
internal static partial class AddCommand
{
    private static readonly Argument<string> File = new("file") { Description = "The report: a .txt file, or a saved .html page (converted to text)" };
    private static readonly Option<string> Id = new("--id") { Description = "Source id, e.g. reuters-2022-09-08 (lowercase letters, digits, dashes)", Required = true };
    private static readonly Option<string?> Title = new("--title") { Description = "A title for the report, the curator's (default: the HTML page's title; for text, publisher and date)" };
    private static readonly Option<string?> Dateline = new("--dateline") { Description = "The date as the report prints it (checked against its text)" };
    private static readonly Option<string?> Credit = new("--credit") { Description = "The byline or credit line as the report prints it (checked against its text)" };
    private static readonly Option<string> Publisher = new("--publisher") { Description = "Who published it", Required = true };
    private static readonly Option<string> Published = new("--published") { Description = "Publication date, YYYY-MM-DD", Required = true };
    private static readonly Option<string?> Url = new("--url") { Description = "Where the report was read (optional)" };
    private static readonly Option<string?> Carries = new("--carries") { Description = "The agency or outlet whose report this reprints, e.g. Reuters (copies of one report count as one origin)" };
    private static readonly Option<string?> Note = new("--note") { Description = "The curator's note: the outlet, how the date was established (optional)" };

    public static Command Create()
    {
        var source = new Command("source", "Add a report: copy its text into the seeds' documents folder and append its source entry")
            .With([Id, Title, Dateline, Credit, Publisher, Published, Url, Carries, Note], CommonOptions.Corpus);
        source.Arguments.Add(File);
        source.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var file = result.GetValue(File)!;
            var id = result.GetValue(Id)!.Trim();
            if (!IdPattern().IsMatch(id)) throw new UsageException($"--id '{id}' is not an id: use lowercase letters, digits and dashes, e.g. reuters-2022-09-08");
            var published = FactDate.ParseDay(result.GetValue(Published)!, "--published", out var dateProblem)
                ?? throw new UsageException($"--published: {dateProblem}");
            if (result.GetValue(Url) is { } url && !url.StartsWith("http://", StringComparison.Ordinal) && !url.StartsWith("https://", StringComparison.Ordinal))
                throw new UsageException($"--url '{url}' must start with http:// or https://");
            if (FileKinds.Of(file, followLinks: true) == FileKind.Missing) throw new UsageException($"report file '{Path.GetFullPath(file)}' does not exist");

            var (seeds, _, corpus) = CurationSeeds.Read(result, cancellationToken);
            if (CuratedCorpus.Ids(corpus).Contains(id)) throw new UsageException($"--id '{id}' is already used in {seeds}; ids are unique across sources, entities and facts");

            var (text, pageTitle) = ReadReport(file);
            var document = $"documents/{id}.txt";
            var entry = Describe(result, id, document, published, text, pageTitle, corpus);
            var target = Path.Combine(seeds, document);
            if (System.IO.File.Exists(target)) throw new UsageException($"{DisplayPath.Of(target)} already exists; choose another --id");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            SafeFile.WriteAllText(target, text);
            string entryFile;
            try
            {
                entryFile = SourceEntry.Append(seeds, entry);
            }
            catch
            {
                System.IO.File.Delete(target);
                throw;
            }

            var lines = text.Count(c => c == '\n');
            Console.WriteLine($"Added source {id}: {DisplayPath.Of(target)} ({lines} lines), entry in {DisplayPath.Of(Path.Combine(seeds, entryFile))}.");
            Console.WriteLine("Next:");
            var me = CommandName.Current;
            Console.WriteLine($"  {me} suggest --source {id}   # candidate facts and citations, to review and paste");
            Console.WriteLine($"  {me} find \"some words\" --source {id}   # passages to quote, ready to paste");
            Console.WriteLine($"  {me} entities   # ids to use as subject/object");
            Console.WriteLine($"  add a fact under {DisplayPath.Of(Path.Combine(seeds, "facts"))}/ citing source: {id}, then: {me} validate && {me} sync");
            return Task.FromResult(ExitCodes.Success);
        }));

        var add = new Command("add", "Add curated material to the seeds");
        add.Subcommands.Add(source);
        return add;
    }

    /// <summary>
    /// The source entry for the report, its text fields checked against the text as validation will check them, and
    /// refused when the same text is already in the seeds (a copy under a second id would count as a second report).
    /// </summary>
    private static NewSource Describe(ParseResult result, string id, string document, DateOnly published, string text, string? pageTitle, SeedCorpus corpus)
    {
        var normalised = SourceDocument.FromText(document, text);
        if (DuplicateDocument.Find(corpus, normalised) is { } other)
            throw new UsageException($"the report's text is already in the seeds as source '{other}'; cite that source instead of adding it again");
        foreach (var (option, value) in new[] { (Dateline, result.GetValue(Dateline)), (Credit, result.GetValue(Credit)) })
            if (value is not null && !QuoteRules.Occurs(normalised, value))
                throw new UsageException($"{option.Name} \"{value}\" is not in the report's text (it is text from the document: copy it as the document prints it)");
        var publisher = result.GetValue(Publisher)!;
        var curatorTitle = result.GetValue(Title);
        var title = curatorTitle ?? pageTitle ?? $"{publisher}, {published:yyyy-MM-dd}";
        return new NewSource(id, title, curatorTitle is null && pageTitle is not null, result.GetValue(Dateline), result.GetValue(Credit),
            publisher, published, document, result.GetValue(Url), result.GetValue(Note), result.GetValue(Carries));
    }

    /// <summary>The report as text, and the page's title when it is HTML.</summary>
    private static (string Text, string? Title) ReadReport(string file)
    {
        // Validation's rules for a document, checked before reading: a regular file, within the size limit, UTF-8.
        var (raw, problem) = DocumentFile.ReadText(Path.GetFullPath(file), file, new SeedLimits().MaxFileBytes);
        if (raw is null) throw new UsageException(problem!);
        var extension = Path.GetExtension(file);
        var html = extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || raw.TrimStart().StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || raw.TrimStart().StartsWith("<html", StringComparison.OrdinalIgnoreCase);
        if (!html) return (raw.Replace("\r\n", "\n", StringComparison.Ordinal), null);
        return HtmlText.Convert(raw);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex IdPattern();
}
