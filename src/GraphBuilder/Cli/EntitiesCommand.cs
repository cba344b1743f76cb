using System.CommandLine;
using GraphBuilder.Facts;
using GraphBuilder.Validation;

namespace GraphBuilder.Cli;

/// <summary><c>graphbuilder entities [--kind K] [NAME]</c>: the entities' ids, kinds, names and aliases, to write facts with.</summary>
internal static class EntitiesCommand
{
    private static readonly Argument<string?> Name = new("name") { Description = "Only entities whose id, name or alias contains this", Arity = ArgumentArity.ZeroOrOne };
    private static readonly Option<string?> Kind = new("--kind") { Description = "Only entities of this kind (from schema/vocabulary.yaml)" };

    public static Command Create()
    {
        var command = new Command("entities", "List the entities in the seeds: id, kind, name, aliases").With([Kind], CommonOptions.Corpus);
        command.Arguments.Add(Name);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var (_, vocabulary, corpus) = CurationSeeds.Read(result, cancellationToken);
            var kind = result.GetValue(Kind);
            if (kind is not null && !vocabulary.Kinds.ContainsKey(kind))
                throw new UsageException($"--kind: unknown kind '{kind}'{(DidYouMean.Hint(kind, vocabulary.Kinds.Keys) is { } hint ? $" ({hint})" : "")}; known kinds: {string.Join(", ", vocabulary.Kinds.Keys)}");
            var name = result.GetValue(Name);

            var all = corpus.Entities.Where(e => e.Id is not null).ToList();
            var shown = all
                .Where(e => kind is null || e.Kind?.Value == kind)
                .Where(e => name is null || Names(e).Any(n => n.Contains(name, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(e => e.Id!.Value, StringComparer.Ordinal)
                .ToList();
            // Nothing found is an answer, as for find and query (exit 0); the message goes to stderr.
            if (shown.Count == 0 && name is not null)
            {
                var hint = DidYouMean.Hint(name, all.SelectMany(Names)) is { } h ? $" ({h})" : "";
                Console.Error.WriteLine($"no entity{(kind is null ? "" : $" of kind {kind}")} matches '{name}'{hint}");
                return Task.FromResult(ExitCodes.Success);
            }
            var rows = shown.Select(e => new[]
            {
                e.Id!.Value, e.Kind?.Value ?? "",
                e.Name?.Value + (e.Aliases.Count == 0 ? "" : $" ({string.Join(", ", e.Aliases.Select(a => a.Value))})"),
            }).ToList();
            foreach (var line in TextTable.Lines(["ID", "KIND", "NAME (ALIASES)"], rows, TerminalWidth.Columns())) Console.WriteLine(line);
            Console.WriteLine($"({shown.Count} entit{(shown.Count == 1 ? "y" : "ies")})");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static IEnumerable<string> Names(EntityRecord e) =>
        e.Aliases.Prepend(e.Name).Prepend(e.Id).OfType<Field>().Select(f => f.Value);
}
