using System.CommandLine;

namespace GraphBuilder.Cli;

/// <summary>Options shared by several commands; each maps to a configuration key so appsettings/env work too.</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Seeds = new("--seeds") { Description = "Seeds folder (default: seeds)", Recursive = true };
    public static readonly Option<string?> Schema = new("--schema") { Description = "Schema folder (default: schema)", Recursive = true };
    public static readonly Option<string?> Store = new("--store") { Description = "Graph store: embedded (default) or neo4j", Recursive = true };
    public static readonly Option<string?> Db = new("--db") { Description = "Embedded store file (default: graph.db)", Recursive = true };
    public static readonly Option<string?> Neo4jUri = new("--neo4j-uri") { Description = "Neo4j HTTP URI, e.g. http://localhost:7474", Recursive = true };
    public static readonly Option<string?> Neo4jDatabase = new("--neo4j-database") { Description = "Neo4j database (default: neo4j)", Recursive = true };
    public static readonly Option<string?> Neo4jUser = new("--neo4j-user") { Description = "Neo4j user", Recursive = true };
    public static readonly Option<string?> Neo4jPassword = new("--neo4j-password") { Description = "Neo4j password (prefer env GraphBuilder__Neo4j__Password)", Recursive = true };
    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Log details to stderr", Recursive = true };

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

    public static IEnumerable<Option> All => [Seeds, Schema, Store, Db, Neo4jUri, Neo4jDatabase, Neo4jUser, Neo4jPassword, Verbose];
}
