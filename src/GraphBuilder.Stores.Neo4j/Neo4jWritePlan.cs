using GraphBuilder.Graph;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// A diff as UNWIND steps in the order that keeps the graph consistent after every commit:
/// relationship deletes, node deletes, node merges, relationship merges. Cut into transactions of at
/// most a given number of rows by <see cref="Peek"/>, a sync interrupted between commits leaves a
/// graph with no dangling relationship, from which the next diff is exactly what is still missing.
/// </summary>
internal sealed class Neo4jWritePlan
{
    private readonly IReadOnlyList<Neo4jWriteStep> _steps;
    private int _step;
    private int _offset;
    private (int Step, int Offset) _pending;

    private Neo4jWritePlan(IReadOnlyList<Neo4jWriteStep> steps) => _steps = steps.Where(s => s.Count > 0).ToArray();

    /// <summary>Rows not yet committed.</summary>
    public int TotalRowsLeft => _steps.Skip(_step).Sum(s => s.Count) - _offset;

    public bool IsDone => _step >= _steps.Count;

    /// <param name="endpointLabels">The label of every endpoint of an upserted relationship.</param>
    public static Neo4jWritePlan For(GraphDiff diff, CypherStatements statements, IReadOnlyDictionary<string, string> endpointLabels)
    {
        var steps = new List<Neo4jWriteStep>();
        // Changed relationships are deleted and recreated: their endpoints may have changed.
        var doomed = diff.RemovedRelationships.Select(r => (r.Id, Type: r.LabelOrType)).Concat(diff.ChangedRelationships.Select(r => (r.Id, r.Type)));
        foreach (var group in doomed.GroupBy(r => r.Type, StringComparer.Ordinal))
            steps.Add(Neo4jWriteStep.Of(statements.DeleteRelationships(group.Key), "ids", group.ToArray(), r => r.Id));
        foreach (var group in diff.RemovedNodes.GroupBy(n => n.LabelOrType, StringComparer.Ordinal))
            steps.Add(Neo4jWriteStep.Of(statements.DeleteNodes(group.Key), "ids", group.ToArray(), n => n.Id));
        foreach (var group in diff.UpsertNodes.GroupBy(n => n.Label, StringComparer.Ordinal))
            steps.Add(Neo4jWriteStep.Of(statements.MergeNodes(group.Key), "rows", group.ToArray(), Neo4jElementMapper.NodeRow, n => n.Id));
        foreach (var group in diff.UpsertRelationships.GroupBy(r => (r.Type, Start: endpointLabels[r.StartId], End: endpointLabels[r.EndId])))
            steps.Add(Neo4jWriteStep.Of(statements.MergeRelationships(group.Key.Type, group.Key.Start, group.Key.End), "rows",
                group.ToArray(), Neo4jElementMapper.RelationshipRow, r => r.Id));
        return new Neo4jWritePlan(steps);
    }

    /// <summary>The next requests, at most <paramref name="maxRows"/> rows in all and <paramref name="batchSize"/> per request, without consuming them.</summary>
    public (IReadOnlyList<QueryApiRequest> Requests, int Rows) Peek(int maxRows, int batchSize)
    {
        var requests = new List<QueryApiRequest>();
        var (step, offset, rows) = (_step, _offset, 0);
        while (step < _steps.Count && rows < maxRows)
        {
            var current = _steps[step];
            var count = Math.Min(Math.Min(batchSize, maxRows - rows), current.Count - offset);
            requests.Add(new QueryApiRequest(current.Statement, new Dictionary<string, object?> { [current.Parameter] = new Neo4jRowBatch(current, offset, count) })
            {
                MustWrite = current.IdOf is { } idOf ? Enumerable.Range(offset, count).Select(idOf).ToArray() : null,
            });
            rows += count;
            offset += count;
            if (offset == current.Count) (step, offset) = (step + 1, 0);
        }
        _pending = (step, offset);
        return (requests, rows);
    }

    /// <summary>Marks what the last <see cref="Peek"/> returned as committed.</summary>
    public void Advance() => (_step, _offset) = _pending;

}
