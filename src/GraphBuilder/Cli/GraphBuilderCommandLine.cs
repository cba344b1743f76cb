using System.CommandLine;

namespace GraphBuilder.Cli;

/// <summary>The <c>graphbuilder</c> command tree.</summary>
public static class GraphBuilderCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("GraphBuilder: curated YAML facts → validated property graph with provenance → SQLite or Neo4j");
        foreach (var option in CommonOptions.All) root.Options.Add(option);
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(SyncCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(WatchCommand.Create());
        return root;
    }
}
