namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// One UNWIND statement and the <see cref="Count"/> rows (or ids) it must be run with, sent in batches.
/// <see cref="Row"/> builds row i when its batch is written to the request (<see cref="Neo4jRowBatch"/>), so a large diff never holds every row at once.
/// <see cref="IdOf"/> is set for merges, whose every row must be written (deletes of what is already gone are fine).
/// </summary>
internal sealed record Neo4jWriteStep(string Statement, string Parameter, int Count, Func<int, object?> Row, Func<int, string>? IdOf = null)
{
    public static Neo4jWriteStep Of<T>(string statement, string parameter, IReadOnlyList<T> items, Func<T, object?> row, Func<T, string>? id = null) =>
        new(statement, parameter, items.Count, i => row(items[i]), id is null ? null : i => id(items[i]));
}
