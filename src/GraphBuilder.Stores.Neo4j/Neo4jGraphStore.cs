using System.Globalization;
using System.Runtime.CompilerServices;
using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// <see cref="IGraphStore"/> over Neo4j's HTTP Query API. A sync ensures the id uniqueness constraints
/// (schema statements cannot share a transaction with writes), then writes the diff in explicit
/// transactions of at most <see cref="Neo4jOptions.MaxTransactionRows"/> rows, each a unit of work that
/// <see cref="Neo4jRetryPipeline"/> retries whole. A diff that fits one transaction is all or nothing;
/// a larger one marks the store partial in its first commit and complete in its last
/// (<see cref="ReadSyncMarkerAsync"/>). Reads go in pages of <see cref="Neo4jOptions.ReadPageSize"/> rows.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    // Below this many rows per transaction a memory-limit error is the server's configuration, not our batching.
    private const int SmallestTransaction = 100;

    // The longest pause between rollbacks the server refused because the abandoned statement still runs.
    private static readonly TimeSpan MaxRollbackDelay = TimeSpan.FromSeconds(2);

    private readonly Vocabulary _vocabulary;
    private readonly Neo4jOptions _options;
    private readonly QueryApiClient _client;
    private readonly Neo4jBookmarks _bookmarks;
    private readonly Neo4jRetryPipeline _retry;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<Neo4jGraphStore> _logger;
    private readonly CypherStatements _statements;
    private readonly Dictionary<string, string> _knownLabels = new(StringComparer.Ordinal);

    internal Neo4jGraphStore(Vocabulary vocabulary, IOptions<Neo4jOptions> options, QueryApiClient client, Neo4jBookmarks bookmarks,
        Neo4jRetryPipeline retry, TimeProvider timeProvider, ILogger<Neo4jGraphStore> logger)
    {
        _vocabulary = vocabulary;
        _options = options.Value;
        _client = client;
        _bookmarks = bookmarks;
        _retry = retry;
        _timeProvider = timeProvider;
        _logger = logger;
        _statements = new CypherStatements(vocabulary);
    }

    public string Description => _client.Description;

    public Task PingAsync(CancellationToken cancellationToken) =>
        _client.RunAsync(new QueryApiRequest(CypherStatements.Ping()), cancellationToken);

    public async Task<StoreSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken) =>
        (await ReadSnapshotAndMarkerAsync(cancellationToken).ConfigureAwait(false)).Snapshot;

    /// <summary>The snapshot pages; the first one carries the marker as a row without an id, so a sync needs no request of its own for it.</summary>
    public async Task<(StoreSnapshot Snapshot, SyncMarker? Marker)> ReadSnapshotAndMarkerAsync(CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<string, ElementState>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, ElementState>(StringComparer.Ordinal);
        SyncMarker? marker = null;
        await foreach (var row in ReadPagesAsync(_statements.SnapshotNodes(), new() { ["labels"] = _vocabulary.NodeLabels }, cancellationToken).ConfigureAwait(false))
        {
            if (row["id"] is string id && row["label"] is string label) nodes[id] = new ElementState(label, row["hash"] as string ?? "");
            else if (row["id"] is null) marker = MarkerOf(row["graphHash"], row["complete"], row["writtenAt"]);
        }
        await foreach (var row in ReadPagesAsync(_statements.SnapshotRelationships(), [], cancellationToken).ConfigureAwait(false))
            if (row["id"] is string id && row["label"] is string type) relationships[id] = new ElementState(type, row["hash"] as string ?? "");
        _knownLabels.Clear();
        foreach (var (id, state) in nodes) _knownLabels[id] = state.LabelOrType;
        return (new StoreSnapshot(nodes, relationships), marker);
    }

    public async Task<SyncMarker?> ReadSyncMarkerAsync(CancellationToken cancellationToken)
    {
        var response = await _client.RunAsync(new QueryApiRequest(CypherStatements.ReadMarker(), null, _bookmarks.Latest), cancellationToken).ConfigureAwait(false);
        return response.Rows.Select(row => MarkerOf(row["hash"], row["complete"], row["writtenAt"])).FirstOrDefault();
    }

    public async Task ApplyAsync(GraphDiff diff, CancellationToken cancellationToken)
    {
        _logger.LogInformation("Applying {Counts} to {Store}", diff.Counts, Description);
        if (!diff.IsEmpty)
            foreach (var constraint in _statements.Constraints())
                await _client.RunAsync(new QueryApiRequest(constraint), cancellationToken).ConfigureAwait(false);

        var labels = await EndpointLabelsAsync(diff, cancellationToken).ConfigureAwait(false);
        var plan = Neo4jWritePlan.For(diff, _statements, labels);
        var transactionRows = _options.ExplicitTransactions ? _options.MaxTransactionRows : _options.BatchSize;
        var first = true;
        while (true)
        {
            var (requests, rows) = plan.Peek(transactionRows, _options.BatchSize);
            var last = rows == plan.TotalRowsLeft;
            var unit = new List<QueryApiRequest>(requests.Count + 2);
            // The first of several commits marks the store partial; the last one (or the only one) marks it complete.
            if (first && !last) unit.Add(MarkerRequest(diff.GraphHash, complete: false));
            unit.AddRange(requests);
            if (last) unit.Add(MarkerRequest(diff.GraphHash, complete: true));
            try
            {
                await _retry.RunAsync(token => WriteAsync(unit, token), cancellationToken).ConfigureAwait(false);
            }
            catch (QueryApiException ex) when (ex.Failure == QueryApiFailure.MemoryLimit)
            {
                if (transactionRows / 2 < SmallestTransaction)
                    throw new StoreException(
                        $"{Description} ran out of transaction memory even for {transactionRows} rows per transaction: " +
                        "raise dbms.memory.transaction.total.max (and the heap) on the server.", isTransient: false, ex);
                transactionRows /= 2;
                _logger.LogWarning("{Store} ran out of transaction memory; retrying with transactions of {Rows} rows", Description, transactionRows);
                continue;
            }
            plan.Advance();
            first = false;
            if (plan.IsDone) break;
        }
        foreach (var node in diff.RemovedNodes) _knownLabels.Remove(node.Id);
        foreach (var node in diff.UpsertNodes) _knownLabels[node.Id] = node.Label;
    }

    public async Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken)
    {
        var nodes = new List<GraphNode>();
        await foreach (var row in ReadPagesAsync(_statements.ReadNodes(), [], cancellationToken).ConfigureAwait(false))
            nodes.Add(ToNode(row["id"], row["labels"], row["props"]));
        var relationships = new List<GraphRelationship>();
        await foreach (var row in ReadPagesAsync(_statements.ReadRelationships(), [], cancellationToken).ConfigureAwait(false))
            relationships.Add(Neo4jElementMapper.ToRelationship(
                (string)row["id"]!, (string)row["type"]!, (string)row["start"]!, (string)row["end"]!, AsMap(row["props"])));
        return new GraphData(nodes, relationships);
    }

    public async Task<IReadOnlyList<RelationshipMatch>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken)
    {
        var response = await _client.RunAsync(new QueryApiRequest(_statements.FindRelationships(query.Types), new Dictionary<string, object?>
        {
            ["subject"] = Normalise(query.Subject),
            ["object"] = Normalise(query.Object),
            ["either"] = Normalise(query.Either),
        }, _bookmarks.Latest), cancellationToken).ConfigureAwait(false);
        return response.Rows.Select(row =>
        {
            var start = ToNode(row["startId"], row["startLabels"], row["startProps"]);
            var end = ToNode(row["endId"], row["endLabels"], row["endProps"]);
            var rel = Neo4jElementMapper.ToRelationship((string)row["id"]!, (string)row["type"]!, start.Id, end.Id, AsMap(row["props"]));
            return new RelationshipMatch(rel, start, end);
        }).ToArray();
    }

    /// <summary>One attempt of a unit of work: an explicit transaction, or (without them) one auto-commit request per batch.</summary>
    private async Task WriteAsync(IReadOnlyList<QueryApiRequest> requests, CancellationToken cancellationToken)
    {
        if (!_options.ExplicitTransactions)
        {
            foreach (var request in requests)
            {
                var response = await _client.RunAsync(request, cancellationToken).ConfigureAwait(false);
                _bookmarks.Set(response.Bookmarks);
                Neo4jWrittenRows.Check(request, response, Description);
            }
            return;
        }
        var transaction = await _client.BeginAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var request in requests)
                Neo4jWrittenRows.Check(request, await _client.RunAsync(transaction, request, cancellationToken).ConfigureAwait(false), Description);
            var commit = await _client.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
            _bookmarks.Set(commit.Bookmarks);
        }
        catch (Exception ex) when (ex is StoreException or OperationCanceledException)
        {
            _logger.LogWarning("Transaction on {Store} failed, rolling back: {Error}", Description, ex.Message);
            await RollBackAsync(transaction, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The marker from its node's properties; null when there is no marker node (its columns are null).</summary>
    private static SyncMarker? MarkerOf(object? graphHash, object? complete, object? writtenAt) => graphHash is string hash
        ? new SyncMarker(hash, complete is true,
            DateTimeOffset.TryParse(writtenAt as string, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : DateTimeOffset.MinValue)
        : null;

    private QueryApiRequest MarkerRequest(string graphHash, bool complete) => new(CypherStatements.WriteMarker(), new Dictionary<string, object?>
    {
        ["hash"] = graphHash,
        ["complete"] = complete,
        ["writtenAt"] = _timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
    });

    /// <summary>Labels of every relationship endpoint, from the diff and the last snapshot; asks Neo4j only for ids neither knows.</summary>
    private async Task<Dictionary<string, string>> EndpointLabelsAsync(GraphDiff diff, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string>(_knownLabels, StringComparer.Ordinal);
        foreach (var node in diff.RemovedNodes) labels.Remove(node.Id);
        foreach (var node in diff.UpsertNodes) labels[node.Id] = node.Label;
        var unknown = diff.UpsertRelationships.SelectMany(r => new[] { r.StartId, r.EndId }).Where(id => !labels.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (unknown.Length == 0) return labels;
        // Endpoints the diff does not write already exist and no part of this sync removes them: read them up front.
        foreach (var label in _vocabulary.NodeLabels)
        {
            var found = await _client.RunAsync(new QueryApiRequest(_statements.LookupLabel(label), new Dictionary<string, object?> { ["ids"] = unknown }, _bookmarks.Latest), cancellationToken).ConfigureAwait(false);
            foreach (var row in found.Rows)
                if (row["id"] is string id) labels[id] = label;
        }
        var missing = unknown.Where(id => !labels.ContainsKey(id)).ToArray();
        if (missing.Length > 0)
            throw new StoreException($"Cannot write relationships to {Description}: no node with id {string.Join(", ", missing.Take(5).Select(id => $"'{id}'"))}.");
        return labels;
    }

    /// <summary>Runs a paged read (<c>$after</c>/<c>$limit</c>, ordered by id) page by page, so no response holds the whole graph.</summary>
    private async IAsyncEnumerable<IReadOnlyDictionary<string, object?>> ReadPagesAsync(
        string statement, Dictionary<string, object?> parameters, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = "";
        while (true)
        {
            var page = new Dictionary<string, object?>(parameters, StringComparer.Ordinal) { ["after"] = after, ["limit"] = (long)_options.ReadPageSize };
            var response = await _client.RunAsync(new QueryApiRequest(statement, page, _bookmarks.Latest), cancellationToken).ConfigureAwait(false);
            var elements = 0;
            foreach (var row in response.Rows)
            {
                // Only rows with an id count towards the page (the snapshot's first page also holds the marker's row).
                if (row["id"] is string id) (after, elements) = (id, elements + 1);
                yield return row;
            }
            if (elements < _options.ReadPageSize) yield break;
        }
    }

    /// <summary>
    /// Rolls back and waits until the server has. A statement the client timed out on still runs on the server, which
    /// refuses the rollback meanwhile (ConcurrentRequest) while the transaction keeps its locks: a retry begun then would
    /// block behind it until the abandoned transaction expires. So a refused rollback is sent again, with backoff, until it
    /// succeeds, the server no longer knows the transaction, or <see cref="Neo4jOptions.MaxRetryTime"/> has passed.
    /// </summary>
    private async Task RollBackAsync(QueryApiTransaction transaction, CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        var delay = _options.RetryBaseDelay;
        while (true)
        {
            // The caller's token may be the reason we are here; each rollback request gets its own budget.
            using var timeout = new CancellationTokenSource(_options.RequestTimeout, _timeProvider);
            try
            {
                await _client.RollbackAsync(transaction, timeout.Token).ConfigureAwait(false);
                return;
            }
            catch (QueryApiException ex) when (ex.Failure == QueryApiFailure.TransactionNotFound)
            {
                _logger.LogDebug("{Store} no longer knows the transaction to roll back: it has ended already.", Description);
                return;
            }
            catch (QueryApiException ex) when (ex.Failure == QueryApiFailure.TransactionBusy
                                               && !cancellationToken.IsCancellationRequested && _timeProvider.GetElapsedTime(started) < _options.MaxRetryTime)
            {
                _logger.LogInformation("{Store} refused the rollback while the abandoned statement still runs; asking again in {Delay}", Description, delay);
            }
            catch (Exception ex) when (ex is StoreException or OperationCanceledException)
            {
                // Neo4j rolls back an abandoned transaction itself when it expires (db.transaction.timeout bounds a running one).
                _logger.LogWarning("Rollback on {Store} failed ({Error}); the server discards the transaction when it expires.", Description, ex.Message);
                return;
            }
            try
            {
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRollbackDelay.Ticks));
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
