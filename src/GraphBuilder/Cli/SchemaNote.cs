using GraphBuilder.Hosting;

namespace GraphBuilder.Cli;

/// <summary>
/// Says on stderr which schema folder a command reads when it is not <c>./schema</c>, so a type that is "unknown"
/// because the tool fell back to its packed vocabulary never surprises anyone.
/// </summary>
internal static class SchemaNote
{
    public static void Print(GraphBuilderOptions options)
    {
        var schema = options.ResolveSchemaFolder();
        // A folder named with --schema (or GraphBuilder:Schema) is the user's own choice.
        if (options.Schema != new GraphBuilderOptions().Schema || Same(schema, "schema") || !Directory.Exists(schema)) return;
        var why = Same(schema, Path.Combine(AppContext.BaseDirectory, "schema"))
            ? "the copy packed with graphbuilder: no schema/ folder beside the seeds folder or in the working folder"
            : "beside the seeds folder";
        Console.Error.WriteLine($"schema: {schema} ({why})");
    }

    private static bool Same(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}
