using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Stores.Embedded;

/// <summary>Where the embedded SQLite store lives (<c>GraphBuilder:Embedded</c>).</summary>
public sealed class EmbeddedStoreOptions
{
    public const string SectionName = "GraphBuilder:Embedded";

    /// <summary>The SQLite file; created on the first sync. Relative paths are relative to the working folder.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "graph.db";
}
