using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// <see cref="IGraphStore"/> over Neo4j's HTTP Query API. A sync first ensures the id uniqueness
/// constraints (schema statements cannot share a transaction with writes), then applies the whole diff in
/// ONE explicit transaction, in batches of <see cref="Neo4jOptions.BatchSize"/> rows per UNWIND statement,
/// and rolls it back on any failure: the database either has the whole diff or none of it.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly Vocabulary _vocabulary;
    private readonly Neo4jOptions _options;
    private readonly QueryApiClient _client;
    private readonly Neo4jBookmarks _bookmarks;
    private readonly ILogger<Neo4jGraphStore> _logger;
    private readonly CypherStatements _statements;
    private readonly Dictionary<string, string> _knownLabels = new(StringComparer.Ordinal);

    public Neo4jGraphStore(Vocabulary vocabulary, IOptions<Neo4jOptions> options, QueryApiClient client, Neo4jBookmarks bookmarks, ILogger<Neo4jGraphStore> logger)
    {
        _vocabulary = vocabulary;
        _options = options.Value;
        _client = client;
        _bookmarks = bookmarks;
        _logger = logger;
        _statements = new CypherStatements(vocabulary);
    }

    public string Description => _client.Description;

    public Task PingAsync(CancellationToken cancellationToken) =>
        _client.RunAsync(new QueryApiRequest(CypherStatements.Ping()), cancellationToken);

    public async Task<StoreSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken)
    {
        var response = await ReadAsync(_statements.Snapshot(), new() { ["labels"] = _vocabulary.NodeLabels }, cancellationToken).ConfigureAwait(false);
        var nodes = new Dictionary<string, ElementState>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, ElementState>(StringComparer.Ordinal);
        foreach (var row in response.Rows)
        {
            if (row["id"] is not string id || row["label"] is not string label) continue;
            var state = new ElementState(label, row["hash"] as string ?? "");
            if (row["kind"] as string == "node") nodes[id] = state;
            else relationships[id] = state;
        }
        _knownLabels.Clear();
        foreach (var (id, state) in nodes) _knownLabels[id] = state.LabelOrType;
        return new StoreSnapshot(nodes, relationships);
    }

    public async Task ApplyAsync(GraphDiff diff, CancellationToken cancellationToken)
    {
        if (diff.IsEmpty) return;
        _logger.LogInformation("Applying {Counts} to {Store}", diff.Counts, Description);
        foreach (var constraint in _statements.Constraints())
            await _client.RunAsync(new QueryApiRequest(constraint), cancellationToken).ConfigureAwait(false);

        var transaction = await _client.BeginAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WriteAsync(transaction, diff, cancellationToken).ConfigureAwait(false);
            var commit = await _client.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
            _bookmarks.Set(commit.Bookmarks);
        }
        catch (Exception ex)
        {
            _logger.LogWarning("Sync to {Store} failed, rolling back: {Error}", Description, ex.Message);
            await RollBackQuietlyAsync(transaction).ConfigureAwait(false);
            throw;
        }
        foreach (var node in diff.RemovedNodes) _knownLabels.Remove(node.Id);
        foreach (var node in diff.UpsertNodes) _knownLabels[node.Id] = node.Label;
    }

    public async Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken)
    {
        var nodes = await ReadAsync(_statements.ReadNodes(), [], cancellationToken).ConfigureAwait(false);
        var relationships = await ReadAsync(_statements.ReadRelationships(), [], cancellationToken).ConfigureAwait(false);
        return new GraphData(
            nodes.Rows.Select(row => ToNode(row["id"], row["labels"], row["props"])),
            relationships.Rows.Select(row => Neo4jElementMapper.ToRelationship(
                (string)row["id"]!, (string)row["type"]!, (string)row["start"]!, (string)row["end"]!, AsMap(row["props"]))));
    }

    public async Task<IReadOnlyList<RelationshipMatch>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken)
    {
        var response = await ReadAsync(_statements.FindRelationships(query.Types), new()
        {
            ["subject"] = Normalise(query.Subject),
            ["object"] = Normalise(query.Object),
            ["either"] = Normalise(query.Either),
        }, cancellationToken).ConfigureAwait(false);
        return response.Rows.Select(row =>
        {
            var start = ToNode(row["startId"], row["startLabels"], row["startProps"]);
            var end = ToNode(row["endId"], row["endLabels"], row["endProps"]);
            var rel = Neo4jElementMapper.ToRelationship((string)row["id"]!, (string)row["type"]!, start.Id, end.Id, AsMap(row["props"]));
            return new RelationshipMatch(rel, start, end);
        }).ToArray();
    }

    private async Task WriteAsync(QueryApiTransaction transaction, GraphDiff diff, CancellationToken cancellationToken)
    {
        // Changed relationships are deleted and recreated: their endpoints may have changed.
        var doomedRelationships = diff.RemovedRelationships.Select(r => (r.Id, Type: r.LabelOrType))
            .Concat(diff.ChangedRelationships.Select(r => (r.Id, r.Type)));
        foreach (var group in doomedRelationships.GroupBy(r => r.Type, StringComparer.Ordinal))
            await RunBatchedAsync(transaction, _statements.DeleteRelationships(group.Key), "ids", group.Select(r => (object?)r.Id), cancellationToken).ConfigureAwait(false);

        foreach (var group in diff.RemovedNodes.GroupBy(n => n.LabelOrType, StringComparer.Ordinal))
            await RunBatchedAsync(transaction, _statements.DeleteNodes(group.Key), "ids", group.Select(n => (object?)n.Id), cancellationToken).ConfigureAwait(false);

        foreach (var group in diff.UpsertNodes.GroupBy(n => n.Label, StringComparer.Ordinal))
            await RunBatchedAsync(transaction, _statements.MergeNodes(group.Key), "rows", group.Select(n => (object?)Neo4jElementMapper.NodeRow(n)), cancellationToken).ConfigureAwait(false);

        var upserts = diff.UpsertRelationships.ToArray();
        var labels = await EndpointLabelsAsync(transaction, diff, upserts, cancellationToken).ConfigureAwait(false);
        foreach (var group in upserts.GroupBy(r => (r.Type, Start: labels[r.StartId], End: labels[r.EndId])))
            await RunBatchedAsync(transaction, _statements.MergeRelationships(group.Key.Type, group.Key.Start, group.Key.End), "rows",
                group.Select(r => (object?)Neo4jElementMapper.RelationshipRow(r)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Labels of every relationship endpoint, from the diff and the last snapshot; asks Neo4j only for ids neither knows.</summary>
    private async Task<Dictionary<string, string>> EndpointLabelsAsync(
        QueryApiTransaction transaction, GraphDiff diff, IReadOnlyList<GraphRelationship> upserts, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string>(_knownLabels, StringComparer.Ordinal);
        foreach (var node in diff.RemovedNodes) labels.Remove(node.Id);
        foreach (var node in diff.UpsertNodes) labels[node.Id] = node.Label;
        var unknown = upserts.SelectMany(r => new[] { r.StartId, r.EndId }).Where(id => !labels.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            foreach (var label in _vocabulary.NodeLabels)
            {
                var found = await _client.RunAsync(transaction, new QueryApiRequest(_statements.LookupLabel(label), new Dictionary<string, object?> { ["ids"] = unknown }), cancellationToken).ConfigureAwait(false);
                foreach (var row in found.Rows)
                    if (row["id"] is string id) labels[id] = label;
            }
            var missing = unknown.Where(id => !labels.ContainsKey(id)).ToArray();
            if (missing.Length > 0)
                throw new StoreException($"Cannot write relationships to {Description}: no node with id {string.Join(", ", missing.Take(5).Select(id => $"'{id}'"))}.");
        }
        return labels;
    }

    private async Task RunBatchedAsync(QueryApiTransaction transaction, string statement, string parameter, IEnumerable<object?> items, CancellationToken cancellationToken)
    {
        foreach (var batch in items.Chunk(_options.BatchSize))
            await _client.RunAsync(transaction, new QueryApiRequest(statement, new Dictionary<string, object?> { [parameter] = batch }), cancellationToken).ConfigureAwait(false);
    }

    private Task<QueryApiResponse> ReadAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _client.RunAsync(new QueryApiRequest(statement, parameters, _bookmarks.Latest), cancellationToken);

    private async Task RollBackQuietlyAsync(QueryApiTransaction transaction)
    {
        // The caller's token may be the reason we are here; the rollback still gets its own short budget.
        using var timeout = new CancellationTokenSource(_options.RequestTimeout);
        try
        {
            await _client.RollbackAsync(transaction, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is StoreException or OperationCanceledException)
        {
            // Neo4j rolls back an abandoned transaction itself when it expires.
            _logger.LogWarning("Rollback on {Store} failed ({Error}); the server discards the transaction when it expires.", Description, ex.Message);
        }
    }

    private GraphNode ToNode(object? id, object? labels, object? props)
    {
        var label = (labels as IEnumerable<object?> ?? []).OfType<string>().FirstOrDefault(_vocabulary.IsManagedLabel) ?? "";
        return Neo4jElementMapper.ToNode((string)id!, label, AsMap(props));
    }

    private static IReadOnlyDictionary<string, object?> AsMap(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    // The query has trimmed the filter already; the statement compares with toLower().
    private static string? Normalise(string? entity) => entity?.ToLowerInvariant();
}
