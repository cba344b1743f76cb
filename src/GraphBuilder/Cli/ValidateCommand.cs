using System.CommandLine;
using System.Diagnostics;
using GraphBuilder.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary><c>graphbuilder validate</c>: report every problem in the seeds; exit 2 if any. Needs no store.</summary>
internal static class ValidateCommand
{
    private static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings (quotes that do not name a fact's parties) as errors" };

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
            using (ProgressReporter.Start()) compiled = services.GetRequiredService<CorpusPipeline>().Run(seeds, result.GetValue(Strict), cancellationToken);
            DiagnosticPrinter.PrintWarnings(compiled.Warnings);
            if (!compiled.IsValid) return Task.FromResult(DiagnosticPrinter.Print(compiled.Diagnostics, seeds));
            Console.WriteLine($"{seeds}: {compiled.FilesTotal} files valid: {Summary.Of(compiled.Graph!)} ({watch.Elapsed.TotalSeconds:0.00} s)");
            if (compiled.FilesTotal == 0 && SeedsFolder.Hint(seeds) is { } hint) Console.Error.WriteLine(hint);
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
