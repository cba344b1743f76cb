using System.CommandLine;
using System.Diagnostics;
using GraphBuilder.Graph;
using GraphBuilder.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary><c>graphbuilder validate</c>: report every problem in the seeds; exit 2 if any.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var command = new Command("validate", "Check the seeds against the schema and their source documents");
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            using var services = CliServices.Build(result);
            var seeds = CliServices.Options(services).Seeds;
            var watch = Stopwatch.StartNew();
            CompiledCorpus compiled;
            using (ProgressReporter.Start()) compiled = services.GetRequiredService<GraphSyncService>().Compile(seeds, cancellationToken);
            if (!compiled.IsValid) return Task.FromResult(DiagnosticPrinter.Print(compiled.Diagnostics));
            Console.WriteLine($"{seeds}: {compiled.FilesTotal} files valid: {Summary.Of(compiled.Graph!)} ({watch.Elapsed.TotalSeconds:0.00} s)");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
