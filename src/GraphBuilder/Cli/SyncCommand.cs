using System.CommandLine;
using GraphBuilder.Graph;
using GraphBuilder.Hosting;
using GraphBuilder.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary><c>graphbuilder sync [--dry-run] [--strict]</c>: make the store equal the seeds, in one transaction.</summary>
internal static class SyncCommand
{
    private static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings (quotes that do not name a fact's parties) as errors: sync nothing" };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Print the difference, with the properties that change, and write nothing" };

    public static Command Create()
    {
        var command = new Command("sync", "Validate the seeds and bring the graph store up to date with them")
            .With([DryRun, Strict], CommonOptions.Corpus, CommonOptions.StoreOptions);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            using var services = CliServices.BuildWithStore(result);
            var options = CliServices.Options(services);
            var seeds = SeedsFolder.Check(options.Seeds);
            var sync = services.GetRequiredService<GraphSyncService>();
            var dryRun = result.GetValue(DryRun);
            SyncOutcome outcome;
            using (ProgressReporter.Start()) outcome = await sync.SyncAsync(seeds, dryRun, cancellationToken, result.GetValue(Strict));
            DiagnosticPrinter.PrintWarnings(outcome.Warnings);
            if (!outcome.IsValid) return DiagnosticPrinter.Print(outcome.Diagnostics, seeds);

            var diff = outcome.Diff!;
            if (dryRun) DiffPrinter.Print(diff, diff.ChangedNodes.Count + diff.ChangedRelationships.Count == 0
                ? GraphData.Empty : await sync.Store.ReadGraphAsync(cancellationToken));
            Console.WriteLine($"Validated {outcome.FilesTotal} seed files: {outcome.NodeCount} nodes, {outcome.RelationshipCount} relationships.");
            var took = $"{diff.Counts} in {outcome.Duration.TotalSeconds:0.00} s";
            Console.WriteLine(dryRun ? $"Dry run against {sync.Store.Description}: {took} (nothing written)."
                : diff.IsEmpty ? $"{sync.Store.Description} is already up to date: {took}."
                : $"Synced to {sync.Store.Description}: {took}.");
            if (!dryRun && services.GetRequiredService<StoreKind>() == StoreKind.Embedded)
            {
                Console.WriteLine($"Try: {CommandName.Current} query who-accused-whom   (or: query accusations-against --object Iran)");
                Console.WriteLine($"Neo4j: docker compose up -d neo4j, then {CommandName.Current} sync --store neo4j (see docs/neo4j.md)");
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
