using System.CommandLine;
using GraphBuilder.Queries;
using GraphBuilder.Stores;
using GraphBuilder.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary><c>graphbuilder query NAME</c>: run a canned query from schema/queries.yaml over the store.</summary>
internal static class QueryCommand
{
    public const string CommandName = "query";

    private static readonly Argument<string> Name = new("name") { Description = "Query name from schema/queries.yaml (listed below)" };
    private static readonly Option<string?> Subject = new("--subject") { Description = "Entity at the start (id, name or alias)" };
    private static readonly Option<string?> Object = new("--object") { Description = "Entity at the end (id, name or alias)" };
    private static readonly Option<string?> Format = new("--format") { Description = "table or json (default: table)" };
    private static readonly Option<bool> Quotes = new("--quotes") { Description = "Show each relationship's quotes under its row in the table" };
    private static readonly Option<int?> MinReports = new("--min-reports") { Description = "Only relationships reported by at least N independent origins (a reprint counts as the outlet it carries)" };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("table", "json");
        var command = new Command(CommandName, "Run a canned relationship query over the graph store")
            .With([Subject, Object, Format, Quotes, MinReports], CommonOptions.Corpus, CommonOptions.StoreOptions);
        command.Arguments.Add(Name);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            using var services = CliServices.BuildWithStore(result);
            var queries = services.GetRequiredService<IReadOnlyList<CannedQuery>>();
            var name = result.GetValue(Name)!;
            var query = queries.FirstOrDefault(q => q.Name == name);
            if (query is null)
            {
                Console.Error.WriteLine($"error: unknown query '{name}'; known queries:");
                Console.Error.Write(QueryList.Describe(queries));
                return ExitCodes.InvalidInput;
            }
            RelationshipQuery request;
            try
            {
                request = query.ToQuery(result.GetValue(Subject), result.GetValue(Object));
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message);
            }
            if (result.GetValue(MinReports) is < 1) throw new UsageException($"--min-reports must be at least 1, not {result.GetValue(MinReports)}");
            var store = services.GetRequiredService<IGraphStore>();
            var found = await store.FindRelationshipsAsync(request, cancellationToken);
            var sources = found.Count == 0 ? new Dictionary<string, Graph.GraphNode>() : ReportOrigins.Index((await store.ReadGraphAsync(cancellationToken)).Nodes);
            var matches = found.Where(m => ReportOrigins.Of(m.Relationship, sources).Count >= (result.GetValue(MinReports) ?? 0)).ToList();
            // An empty answer may be a typo: say so rather than print "(0 relationships)".
            if (found.Count == 0)
                await CheckEntitiesAsync(store, [("--subject", result.GetValue(Subject)), ("--object", result.GetValue(Object))], cancellationToken);
            await StaleStoreWarning.PrintAsync(services, store, cancellationToken);
            var ordered = QueryResultFormatter.Order(matches);
            Console.Write(result.GetValue(Format) == "json"
                ? QueryResultFormatter.ToJson(ordered, sources)
                : QueryResultFormatter.ToTable(ordered, sources, TerminalWidth.Columns(),
                    result.GetValue(Quotes) ? Curation.CitationContexts.Read(services.GetRequiredService<Schema.Vocabulary>(), CliServices.Options(services).Seeds, cancellationToken) : null));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Fails with did-you-mean over ids, names and aliases when a filter names no entity in the store.</summary>
    private static async Task CheckEntitiesAsync(IGraphStore store, (string Option, string? Value)[] filters, CancellationToken cancellationToken)
    {
        var given = filters.Where(f => RelationshipQuery.EntityFilter(f.Value) is not null).ToList();
        if (given.Count == 0) return;
        var graph = await store.ReadGraphAsync(cancellationToken);
        var names = graph.Nodes.SelectMany(n => n.Aliases.Prepend(n.Name).Prepend(n.Id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (option, value) in given)
        {
            var text = RelationshipQuery.EntityFilter(value)!;
            if (names.Contains(text, StringComparer.OrdinalIgnoreCase)) continue;
            var hint = DidYouMean.Hint(text, names) is { } h ? $" ({h})" : $"; `{Cli.CommandName.Current} entities` lists them";
            throw new UsageException($"{option}: no entity '{text}' in {store.Description}{hint}");
        }
    }
}
