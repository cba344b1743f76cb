using System.CommandLine;
using System.Diagnostics;
using GraphBuilder.Generation;
using GraphBuilder.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary>
/// <c>graphbuilder generate --facts N --files M --entities E --seed S -o DIR</c>: writes a synthetic,
/// valid seeds folder for benchmarks and tests. The same options always give byte-identical files.
/// </summary>
internal static class GenerateCommand
{
    private static readonly Option<int?> Facts = new("--facts") { Description = "Number of facts (default: 10000)" };
    private static readonly Option<int?> Files = new("--files") { Description = "Number of seed files (default: one per 1000 facts)" };
    private static readonly Option<int?> Entities = new("--entities") { Description = "Number of entities (default: facts / 20, at least 20)" };
    private static readonly Option<ulong?> Seed = new("--seed") { Description = "Random seed (default: 1)" };
    private static readonly Option<string> Output = new("--output", "-o") { Description = "Folder to write (must be empty or absent)", Required = true };

    public static Command Create()
    {
        var command = new Command("generate", "Write a synthetic, valid seeds folder (for benchmarks)")
            .With([Facts, Files, Entities, Seed, Output], [CommonOptions.Schema]);
        command.SetAction((result, _) => CommandRunner.RunAsync(() =>
        {
            var folder = result.GetValue(Output)!;
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
                throw new UsageException($"output folder '{folder}' is not empty; generate into a new folder");
            var facts = result.GetValue(Facts) ?? 10_000;
            var options = new GeneratorOptions(facts, result.GetValue(Files) ?? Math.Max(1, facts / 1000),
                result.GetValue(Entities) ?? Math.Max(20, facts / 20), result.GetValue(Seed) ?? 1UL);

            using var services = CliServices.BuildPipeline(result);
            var watch = Stopwatch.StartNew();
            var summary = new CorpusGenerator(services.GetRequiredService<Vocabulary>()).Generate(options, folder);
            Console.WriteLine($"Generated {folder}: {summary.Files} seed files, {summary.Sources} sources with documents, " +
                $"{summary.Entities} entities ({summary.EntityLinks} links), {summary.Facts} facts, " +
                $"{summary.Bytes / 1048576.0:0.0} MB of YAML ({watch.Elapsed.TotalSeconds:0.00} s)");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
