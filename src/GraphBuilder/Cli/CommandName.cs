namespace GraphBuilder.Cli;

/// <summary>
/// How the user runs this program, for the "Next:" hints: <c>graphbuilder</c> when installed as a tool, and
/// <c>dotnet run --project DIR --</c> when it runs from its build output beside the project (as <c>dotnet run</c> does).
/// </summary>
internal static class CommandName
{
    public static string Current { get; } = Find();

    private static string Find()
    {
        // bin/<configuration>/<framework>/ under the project folder.
        var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", ".."));
        if (!File.Exists(Path.Combine(project, "GraphBuilder.csproj"))) return "graphbuilder";
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, project);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? project : relative;
        return $"dotnet run --project {shown} --";
    }
}
