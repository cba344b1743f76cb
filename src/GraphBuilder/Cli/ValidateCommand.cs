using System.CommandLine;
using System.Diagnostics;
using GraphBuilder.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary><c>graphbuilder validate</c>: report every problem in the seeds; exit 2 if any. Needs no store.</summary>
internal static class ValidateCommand
{
    private static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings (evidence flags: a quote that may not say what its fact claims) as errors" };

    public static Command Create()
    {
        var command = new Command("validate", "Check the seeds against the schema and their source documents").With(CommonOptions.Corpus);
        command.Options.Add(Strict);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            using var services = CliServices.BuildPipeline(result);
            var seeds = SeedsFolder.Check(CliServices.Options(services).Seeds);
            var watch = Stopwatch.StartNew();
            CompiledCorpus compiled;
            using (ProgressReporter.Start()) compiled = services.GetRequiredService<CorpusPipeline>().Check(seeds, result.GetValue(Strict), cancellationToken);
            DiagnosticPrinter.PrintWarnings(compiled.Warnings);
            if (!compiled.IsValid)
            {
                var exit = DiagnosticPrinter.Print(compiled.Diagnostics, seeds);
                // On stdout, as when valid: stderr holds only the problems and their count.
                Console.WriteLine(compiled.Evidence);
                return Task.FromResult(exit);
            }
            Console.WriteLine($"{seeds}: {compiled.FilesTotal} files valid: {Summary.Of(compiled.Counts!)} ({watch.Elapsed.TotalSeconds:0.00} s)");
            Console.WriteLine(compiled.Evidence);
            if (compiled.FilesTotal == 0 && SeedsFolder.Hint(seeds) is { } hint) Console.Error.WriteLine(hint);
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
