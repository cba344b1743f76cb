using System.Collections;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Rows <c>[offset, offset + count)</c> of a <see cref="Neo4jWriteStep"/> as the <c>$rows</c> (or <c>$ids</c>)
/// parameter of one request, each built only when it is read: the request body is streamed, so a row
/// exists while it is written and is garbage right after, instead of a transaction's 20,000 rows
/// living (and ageing into the old generation) for as long as the transaction runs.
/// </summary>
internal sealed class Neo4jRowBatch(Neo4jWriteStep step, int offset, int count) : IReadOnlyList<object?>
{
    public int Count => count;

    public object? this[int index] => (uint)index < (uint)count ? step.Row(offset + index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return step.Row(offset + i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
