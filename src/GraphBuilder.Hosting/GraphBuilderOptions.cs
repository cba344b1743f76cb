namespace GraphBuilder.Hosting;

/// <summary>
/// Where the seeds and schema are (section <c>GraphBuilder</c>). The store (<c>GraphBuilder:Store</c>) is read only
/// where one is registered, so commands without a store never fail on its settings.
/// </summary>
public sealed class GraphBuilderOptions
{
    public const string SectionName = "GraphBuilder";

    /// <summary>The seeds folder (YAML files and source documents).</summary>
    public string Seeds { get; set; } = "seeds";

    /// <summary>The schema folder (vocabulary.yaml, queries.yaml); falls back to the copy shipped beside the program.</summary>
    public string Schema { get; set; } = "schema";

    /// <summary>The schema folder to read: the configured one if it exists, else the one shipped with the program.</summary>
    public string ResolveSchemaFolder()
    {
        if (Directory.Exists(Schema) || Schema != "schema") return Schema;
        var shipped = Path.Combine(AppContext.BaseDirectory, "schema");
        return Directory.Exists(shipped) ? shipped : Schema;
    }
}
