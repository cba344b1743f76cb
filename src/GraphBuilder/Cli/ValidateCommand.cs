using System.CommandLine;
using System.Diagnostics;
using GraphBuilder.Graph;
using GraphBuilder.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary><c>graphbuilder validate</c>: report every problem in the seeds; exit 2 if any.</summary>
public static class ValidateCommand
{
    private static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings (quotes that do not name a fact's parties) as errors" };

    public static Command Create()
    {
        var command = new Command("validate", "Check the seeds against the schema and their source documents");
        command.Options.Add(Strict);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            using var services = CliServices.Build(result);
            var seeds = CliServices.Options(services).Seeds;
            var watch = Stopwatch.StartNew();
            CompiledCorpus compiled;
            using (ProgressReporter.Start()) compiled = services.GetRequiredService<GraphSyncService>().Compile(seeds, result.GetValue(Strict), cancellationToken);
            DiagnosticPrinter.PrintWarnings(compiled.Warnings);
            if (!compiled.IsValid) return Task.FromResult(DiagnosticPrinter.Print(compiled.Diagnostics));
            Console.WriteLine($"{seeds}: {compiled.FilesTotal} files valid: {Summary.Of(compiled.Graph!)} ({watch.Elapsed.TotalSeconds:0.00} s)");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
