namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Compares the ids a merge says it wrote (<see cref="CypherStatements.WrittenField"/>) with the rows it was sent: a
/// relationship whose endpoint node is missing matches nothing and would otherwise vanish without an error.
/// </summary>
internal static class Neo4jWrittenRows
{
    private const int Shown = 5;

    public static void Check(QueryApiRequest request, QueryApiResponse response, string store)
    {
        if (request.MustWrite is not { } sent) return;
        var written = response.Rows.FirstOrDefault()?.GetValueOrDefault(CypherStatements.WrittenField) as IEnumerable<object?>;
        var ids = (written ?? []).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = sent.Where(id => !ids.Contains(id)).ToArray();
        if (missing.Length == 0) return;
        var kind = request.Statement.Contains("merge-relationships", StringComparison.Ordinal) ? "relationship" : "node";
        throw new StoreException(
            $"{store} wrote {sent.Count - missing.Length} of the {sent.Count} {kind} rows it was sent; not written: " +
            string.Join(", ", missing.Take(Shown).Select(id => $"'{id}'")) + (missing.Length > Shown ? $" and {missing.Length - Shown} more" : "") +
            (kind == "relationship" ? " (an endpoint node is missing: deleted by someone else during the sync?)" : "") +
            ". Run 'graphbuilder sync' again: it reads the store afresh and writes what is missing.",
            isTransient: false);
    }
}
