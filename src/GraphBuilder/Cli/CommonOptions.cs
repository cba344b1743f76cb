using System.CommandLine;

namespace GraphBuilder.Cli;

/// <summary>
/// Options several commands share; each maps to a configuration key so appsettings/env work too.
/// A command lists only the groups it uses, so its help shows only what it reads.
/// </summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Seeds = new("--seeds") { Description = "Seeds folder (default: seeds)" };
    public static readonly Option<string?> Schema = new("--schema") { Description = "Schema folder (default: schema)" };
    public static readonly Option<string?> Store = new("--store") { Description = "Graph store: embedded or neo4j (default: embedded)" };
    public static readonly Option<string?> Db = new("--db") { Description = "Embedded store file (default: graph.db)" };
    public static readonly Option<string?> Neo4jUri = new("--neo4j-uri") { Description = "Neo4j: http://localhost:7474, or a driver URI such as neo4j+s://xxxx.databases.neo4j.io (mapped to its Query API)" };
    public static readonly Option<string?> Neo4jDatabase = new("--neo4j-database") { Description = "Neo4j database (default: neo4j)" };
    public static readonly Option<string?> Neo4jUser = new("--neo4j-user") { Description = "Neo4j user (default: neo4j)" };
    public static readonly Option<string?> Neo4jPassword = new("--neo4j-password") { Description = "Neo4j password (prefer env GraphBuilder__Neo4j__Password)" };
    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Log details to stderr", Recursive = true };

    /// <summary>The seeds and schema folders: every command that reads seed files.</summary>
    public static Option[] Corpus => [Seeds, Schema];

    /// <summary>Which store and how to reach it: only commands that read or write the store.</summary>
    public static Option[] StoreOptions => [Store, Db, Neo4jUri, Neo4jDatabase, Neo4jUser, Neo4jPassword];

    public static Command With(this Command command, params Option[][] groups)
    {
        foreach (var option in groups.SelectMany(g => g)) command.Options.Add(option);
        return command;
    }

    /// <summary>Configuration keys set from the command line (they override appsettings.json and environment).</summary>
    public static Dictionary<string, string?> ToConfiguration(ParseResult result)
    {
        var values = new Dictionary<string, string?>();
        void Map(Option<string?> option, string key)
        {
            if (result.GetValue(option) is { } value) values[key] = value;
        }
        Map(Seeds, "GraphBuilder:Seeds");
        Map(Schema, "GraphBuilder:Schema");
        Map(Store, "GraphBuilder:Store");
        Map(Db, "GraphBuilder:Embedded:Path");
        Map(Neo4jUri, "GraphBuilder:Neo4j:Uri");
        Map(Neo4jDatabase, "GraphBuilder:Neo4j:Database");
        Map(Neo4jUser, "GraphBuilder:Neo4j:User");
        Map(Neo4jPassword, "GraphBuilder:Neo4j:Password");
        return values;
    }
}
