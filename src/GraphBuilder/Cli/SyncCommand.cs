using System.CommandLine;
using GraphBuilder.Graph;
using GraphBuilder.Hosting;
using GraphBuilder.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary><c>graphbuilder sync [--dry-run]</c>: make the store equal the seeds, in one transaction.</summary>
public static class SyncCommand
{
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Print the difference and write nothing" };

    public static Command Create()
    {
        var command = new Command("sync", "Validate the seeds and bring the graph store up to date with them");
        command.Options.Add(DryRun);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            using var services = CliServices.Build(result);
            var options = CliServices.Options(services);
            var sync = services.GetRequiredService<GraphSyncService>();
            var dryRun = result.GetValue(DryRun);
            SyncOutcome outcome;
            using (ProgressReporter.Start()) outcome = await sync.SyncAsync(options.Seeds, dryRun, cancellationToken);
            DiagnosticPrinter.PrintWarnings(outcome.Warnings);
            if (!outcome.IsValid) return DiagnosticPrinter.Print(outcome.Diagnostics);

            var diff = outcome.Diff!;
            if (dryRun) PrintDiff(diff);
            Console.WriteLine($"Validated {outcome.FilesTotal} seed files: {outcome.NodeCount} nodes, {outcome.RelationshipCount} relationships.");
            var took = $"{diff.Counts} in {outcome.Duration.TotalSeconds:0.00} s";
            Console.WriteLine(dryRun ? $"Dry run against {sync.Store.Description}: {took} (nothing written)."
                : diff.IsEmpty ? $"{sync.Store.Description} is already up to date: {took}."
                : $"Synced to {sync.Store.Description}: {took}.");
            if (!dryRun && options.Store == StoreKind.Embedded)
            {
                Console.WriteLine("Try: graphbuilder query who-accused-whom   (or: query accusations-against --object Iran)");
                Console.WriteLine("Neo4j: docker compose up -d neo4j, then graphbuilder sync --store neo4j (see docs/neo4j.md)");
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void PrintDiff(GraphDiff diff)
    {
        foreach (var n in diff.RemovedRelationships) Console.WriteLine($"- relationship {n.Id} ({n.LabelOrType})");
        foreach (var n in diff.RemovedNodes) Console.WriteLine($"- node {n.Id} ({n.LabelOrType})");
        foreach (var n in diff.AddedNodes) Console.WriteLine($"+ node {n.Id} ({n.Label})");
        foreach (var n in diff.ChangedNodes) Console.WriteLine($"~ node {n.Id} ({n.Label})");
        foreach (var r in diff.AddedRelationships) Console.WriteLine($"+ relationship {r.Id} ({r.StartId} -[{r.Type}]-> {r.EndId})");
        foreach (var r in diff.ChangedRelationships) Console.WriteLine($"~ relationship {r.Id} ({r.StartId} -[{r.Type}]-> {r.EndId})");
    }
}
