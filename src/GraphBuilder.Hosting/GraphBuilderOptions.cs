namespace GraphBuilder.Hosting;

/// <summary>
/// Where the seeds and schema are (section <c>GraphBuilder</c>). The store (<c>GraphBuilder:Store</c>) is read only
/// where one is registered, so commands without a store never fail on its settings.
/// </summary>
public sealed class GraphBuilderOptions
{
    public const string SectionName = "GraphBuilder";

    private const string DefaultSchema = "schema";

    /// <summary>The seeds folder (YAML files and source documents).</summary>
    public string Seeds { get; set; } = "seeds";

    /// <summary>
    /// The schema folder (vocabulary.yaml, queries.yaml). Left at its default, it is looked for beside the seeds
    /// folder, then in the working folder, then in the copy shipped with the program (see <see cref="ResolveSchemaFolder"/>).
    /// </summary>
    public string Schema { get; set; } = DefaultSchema;

    /// <summary>
    /// The schema folder to read: a configured one as given; else the first that exists of <c>schema/</c> beside the seeds
    /// folder (a graph project carries its own vocabulary), <c>./schema</c>, and the copy shipped with the program.
    /// </summary>
    public string ResolveSchemaFolder()
    {
        if (Schema != DefaultSchema) return Schema;
        var besideSeeds = Readable(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Seeds)) ?? ".", DefaultSchema));
        var shipped = Path.Combine(AppContext.BaseDirectory, DefaultSchema);
        foreach (var candidate in new[] { besideSeeds, DefaultSchema, shipped })
            if (Directory.Exists(candidate)) return candidate;
        return Schema;
    }

    /// <summary>A path under the working folder relative to it (as messages name seed files), others in full.</summary>
    private static string Readable(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
