using System.Text.RegularExpressions;

namespace GraphBuilder.Testing.Neo4j;

/// <summary>One request the fake Query API server received, with its typed-JSON parameters decoded.</summary>
public sealed partial record RecordedQueryRequest(
    string Method,
    string Path,
    string? Authorization,
    string? ClusterAffinity,
    string? ContentType,
    string RawBody,
    string? Statement,
    IReadOnlyDictionary<string, object?> Parameters,
    IReadOnlyList<string> Bookmarks)
{
    /// <summary>The Content-Length header; null when the body came chunked (streamed without a length up front).</summary>
    public long? ContentLength { get; init; }

    /// <summary>The statement's <c>// graphbuilder:KIND</c> marker, e.g. <c>merge-nodes</c>; null when none.</summary>
    public string? Kind => Statement is null ? null : MarkerPattern().Match(Statement) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The database in the path (<c>/db/{name}/query/v2...</c>).</summary>
    public string? Database => PathPattern().Match(Path) is { Success: true } m ? Uri.UnescapeDataString(m.Groups["db"].Value) : null;

    /// <summary>The transaction id in the path, when the request belongs to an open transaction.</summary>
    public string? TransactionId => PathPattern().Match(Path) is { Success: true } m && m.Groups["tx"].Success ? m.Groups["tx"].Value : null;

    public bool IsBegin => Method == "POST" && PathPattern().Match(Path) is { Success: true } m && m.Groups["begin"].Success && !m.Groups["tx"].Success;
    public bool IsCommit => Method == "POST" && Path.EndsWith("/commit", StringComparison.Ordinal);
    public bool IsRollback => Method == "DELETE";
    public bool IsAutoCommit => Method == "POST" && PathPattern().Match(Path) is { Success: true } m && !m.Groups["begin"].Success;

    /// <summary>The rows (or ids) of an UNWIND statement: how many elements this request carried.</summary>
    public int RowCount =>
        Parameters.TryGetValue("rows", out var rows) && rows is System.Collections.ICollection r ? r.Count
        : Parameters.TryGetValue("ids", out var ids) && ids is System.Collections.ICollection i ? i.Count : 0;

    /// <summary>The backtick-quoted names in the statement, in order, unescaped.</summary>
    public IReadOnlyList<string> QuotedNames =>
        Statement is null ? [] : QuotedPattern().Matches(Statement).Select(m => m.Groups[1].Value.Replace("``", "`", StringComparison.Ordinal)).ToArray();

    [GeneratedRegex(@"^// graphbuilder:([a-z-]+)")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"^/db/(?<db>[^/]+)/query/v2(?<begin>/tx(/(?<tx>[^/]+))?)?(/commit)?$")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"`((?:[^`]|``)*)`")]
    private static partial Regex QuotedPattern();
}
