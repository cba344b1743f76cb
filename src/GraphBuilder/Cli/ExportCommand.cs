using System.CommandLine;
using GraphBuilder.Export;
using GraphBuilder.Graph;
using GraphBuilder.Schema;
using GraphBuilder.Stores;
using GraphBuilder.Stores.Neo4j;
using GraphBuilder.Sync;
using GraphBuilder.Web;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary><c>graphbuilder export --format json|cypher|graphml|html [-o FILE]</c>: write the compiled graph (or, with --from-store, the stored one).</summary>
public static class ExportCommand
{
    private static readonly Option<string> Format = new("--format") { Description = "Export format", DefaultValueFactory = _ => "json" };
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
        ["html"] = (graph, stream, _) => HtmlGraphExporter.Write(graph, stream),
    };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong([.. Writers.Keys]);
        var command = new Command("export", "Export the graph") { Format, Output, FromStore };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            using var services = CliServices.Build(result);
            GraphData graph;
            if (result.GetValue(FromStore))
            {
                var store = services.GetRequiredService<IGraphStore>();
                graph = await store.ReadGraphAsync(cancellationToken);
                await StaleStoreWarning.PrintAsync(services, store, cancellationToken);
            }
            else
            {
                var compiled = services.GetRequiredService<GraphSyncService>().Compile(CliServices.Options(services).Seeds, cancellationToken);
                if (!compiled.IsValid) return DiagnosticPrinter.Print(compiled.Diagnostics);
                graph = compiled.Graph!;
            }
            var vocabulary = services.GetRequiredService<Vocabulary>();
            var write = Writers[result.GetValue(Format)!];
            if (result.GetValue(Output) is { } path)
            {
                // Write beside the target and rename, so a failed export never leaves a half-written file.
                var temporary = path + ".tmp";
                try
                {
                    await using (var file = File.Create(temporary)) write(graph, file, vocabulary);
                    File.Move(temporary, path, overwrite: true);
                }
                finally
                {
                    File.Delete(temporary);
                }
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
}
