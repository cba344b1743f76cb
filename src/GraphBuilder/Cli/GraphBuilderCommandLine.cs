using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace GraphBuilder.Cli;

/// <summary>The <c>graphbuilder</c> command tree, and how a command line runs with the documented exit codes.</summary>
internal static class GraphBuilderCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("GraphBuilder: curated YAML facts → validated property graph with provenance → SQLite or Neo4j");
        root.Options.Add(CommonOptions.Verbose);
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new QueryHelpAction((HelpAction)help.Action!);
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(SyncCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(AddCommand.Create());
        root.Subcommands.Add(EntitiesCommand.Create());
        root.Subcommands.Add(FindCommand.Create());
        root.Subcommands.Add(SuggestCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(WatchCommand.Create());
        return root;
    }

    /// <summary>Parses and runs; a mistyped command, option or value is a usage error (exit 2) like any other invalid input.</summary>
    public static async Task<int> InvokeAsync(string[] args, InvocationConfiguration invocation)
    {
        var parsed = Create().Parse(args);
        var code = await parsed.InvokeAsync(invocation);
        return parsed.Action is ParseErrorAction ? ExitCodes.InvalidInput : code;
    }
}
