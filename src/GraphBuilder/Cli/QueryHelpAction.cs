using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using GraphBuilder.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary>
/// The usual help, plus, for <c>query --help</c>, the canned queries of the schema in use with the
/// filters each needs: they are data (schema/queries.yaml), so the parser cannot list them itself.
/// </summary>
internal sealed class QueryHelpAction(HelpAction help) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var code = help.Invoke(parseResult);
        if (parseResult.CommandResult.Command.Name != QueryCommand.CommandName) return code;
        Console.Out.WriteLine("Queries:");
        try
        {
            using var services = CliServices.BuildPipeline(parseResult);
            Console.Out.Write(QueryList.Describe(services.GetRequiredService<IReadOnlyList<CannedQuery>>()));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Help must not fail: say where the list would come from instead.
            Console.Out.WriteLine($"  (see schema/queries.yaml; the schema could not be read: {ex.Message})");
        }
        return code;
    }
}
