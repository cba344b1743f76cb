namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// A successful Query API answer: result <see cref="Fields"/> and rows of decoded values,
/// the bookmarks to pass to later reads, and the transaction id while one stays open.
/// </summary>
internal sealed record QueryApiResponse(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<object?>> Values,
    IReadOnlyList<string> Bookmarks,
    string? TransactionId)
{
    /// <summary>The rows as field name → value maps.</summary>
    public IEnumerable<IReadOnlyDictionary<string, object?>> Rows =>
        Values.Select(row => (IReadOnlyDictionary<string, object?>)Fields
            .Select((name, i) => (name, value: i < row.Count ? row[i] : null))
            .ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal));
}
