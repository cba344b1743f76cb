using System.CommandLine;
using GraphBuilder.Export;
using GraphBuilder.Files;
using GraphBuilder.Graph;
using GraphBuilder.Schema;
using GraphBuilder.Stores;
using GraphBuilder.Stores.Neo4j;
using GraphBuilder.Web;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary>
/// <c>graphbuilder export [--format json|cypher|graphml|html] [-o FILE]</c>: write the compiled graph (or,
/// with --from-store, the stored one). The format defaults to -o's extension, else json.
/// </summary>
internal static class ExportCommand
{
    private static readonly Option<string?> Format = new("--format") { Description = "json, cypher, graphml or html (default: from -o's extension, else json)" };
    private static readonly Option<string?> Output = new("--output", "-o") { Description = "Output file (default: stdout)" };
    private static readonly Option<bool> FromStore = new("--from-store") { Description = "Export what the store holds instead of the compiled seeds" };

    private static readonly Dictionary<string, Action<GraphData, Stream, Vocabulary>> Writers = new(StringComparer.Ordinal)
    {
        ["json"] = (graph, stream, _) => JsonGraphWriter.Write(graph, stream),
        ["cypher"] = (graph, stream, vocabulary) =>
        {
            using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
            new CypherScriptWriter(vocabulary).Write(graph, text);
        },
        ["graphml"] = (graph, stream, _) => GraphMlWriter.Write(graph, stream),
        ["html"] = (graph, stream, vocabulary) => HtmlGraphExporter.Write(graph, vocabulary, stream),
    };

    /// <summary>File extensions that name a format; an -o with another extension takes --format or json.</summary>
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".json"] = "json", [".cypher"] = "cypher", [".cql"] = "cypher", [".graphml"] = "graphml", [".html"] = "html", [".htm"] = "html",
    };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong([.. Writers.Keys]);
        var command = new Command("export", "Export the graph").With([Format, Output, FromStore], CommonOptions.Corpus, CommonOptions.StoreOptions);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var path = result.GetValue(Output);
            var format = ChooseFormat(result.GetValue(Format), path);
            if (path is not null) CheckFolder(path);
            var fromStore = result.GetValue(FromStore);
            // Only --from-store reads the store; a seed export needs no store settings at all.
            using var services = fromStore ? CliServices.BuildWithStore(result) : CliServices.BuildPipeline(result);
            GraphData graph;
            if (fromStore)
            {
                var store = services.GetRequiredService<IGraphStore>();
                graph = await store.ReadGraphAsync(cancellationToken);
                await StaleStoreWarning.PrintAsync(services, store, cancellationToken);
            }
            else
            {
                var seeds = SeedsFolder.Check(CliServices.Options(services).Seeds);
                var compiled = services.GetRequiredService<CorpusPipeline>().Run(seeds, cancellationToken);
                if (!compiled.IsValid) return DiagnosticPrinter.Print(compiled.Diagnostics, seeds);
                graph = compiled.Graph!;
            }
            var vocabulary = services.GetRequiredService<Vocabulary>();
            var write = Writers[format];
            if (path is not null)
            {
                SafeFile.Write(path, stream => write(graph, stream, vocabulary));
                Console.Error.WriteLine($"Wrote {path}: {graph.Nodes.Count} nodes, {graph.Relationships.Count} relationships.");
            }
            else
            {
                await using var stdout = Console.OpenStandardOutput();
                write(graph, stdout, vocabulary);
                await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string ChooseFormat(string? format, string? path)
    {
        var implied = path is not null && Extensions.TryGetValue(Path.GetExtension(path), out var f) ? f : null;
        if (format is not null && implied is not null && format != implied)
            throw new UsageException($"--format {format} contradicts -o {path} (a {Path.GetExtension(path)} file is {implied}); drop --format or change the file name");
        return format ?? implied ?? "json";
    }

    private static void CheckFolder(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder)) throw new UsageException($"cannot write {path}: folder {folder} does not exist");
    }
}
