using System.CommandLine;
using GraphBuilder.Queries;
using GraphBuilder.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary><c>graphbuilder query NAME</c>: run a canned query from schema/queries.yaml over the store.</summary>
public static class QueryCommand
{
    private static readonly Argument<string> Name = new("name") { Description = "Query name (see schema/queries.yaml), e.g. who-accused-whom" };
    private static readonly Option<string?> Subject = new("--subject") { Description = "Entity at the start (id, name or alias)" };
    private static readonly Option<string?> Object = new("--object") { Description = "Entity at the end (id, name or alias)" };
    private static readonly Option<string> Format = new("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("query", "Run a canned relationship query over the graph store") { Name, Subject, Object, Format };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            using var services = CliServices.Build(result);
            var queries = services.GetRequiredService<IReadOnlyList<CannedQuery>>();
            var name = result.GetValue(Name)!;
            var query = queries.FirstOrDefault(q => q.Name == name);
            if (query is null)
            {
                Console.Error.WriteLine($"error: unknown query '{name}'; known queries:");
                foreach (var q in queries) Console.Error.WriteLine($"  {q.Name,-22} {q.Description}");
                return ExitCodes.InvalidInput;
            }
            var store = services.GetRequiredService<IGraphStore>();
            var matches = await store.FindRelationshipsAsync(query.ToQuery(result.GetValue(Subject), result.GetValue(Object)), cancellationToken);
            await StaleStoreWarning.PrintAsync(services, store, cancellationToken);
            var ordered = QueryResultFormatter.Order(matches);
            Console.Write(result.GetValue(Format) == "json" ? QueryResultFormatter.ToJson(ordered) : QueryResultFormatter.ToTable(ordered));
            return ExitCodes.Success;
        }));
        return command;
    }
}
