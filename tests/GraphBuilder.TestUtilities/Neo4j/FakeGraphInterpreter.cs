namespace GraphBuilder.Testing.Neo4j;

/// <summary>
/// Executes exactly the statement shapes the Neo4j store sends, recognised by their
/// <c>// graphbuilder:KIND</c> marker and backtick-quoted names, against a <see cref="FakeGraph"/>.
/// Explicit transactions work on a copy that replaces the committed graph on commit, so a rollback
/// really leaves the graph as it was. Anything else is answered with a syntax error.
/// Behaves like Neo4j where the store must cope with it: a failing statement answers 202 with its
/// error after the data and terminates its transaction (later requests get 404 "not found"); open
/// transactions expire after <see cref="IdleTimeout"/> on <see cref="Clock"/>; a transaction over
/// <see cref="TransactionRowLimit"/> rows fails with MemoryPoolOutOfMemoryError; with
/// <see cref="Members"/> &gt; 1 and <see cref="Sticky"/> off, requests of one transaction are spread over
/// cluster members that do not share open transactions. A statement set up with <see cref="RunSlowly"/> keeps running
/// after its client gave up, holding the write lock: requests to its transaction are refused with ConcurrentRequest
/// meanwhile, and other transactions' writes wait (<see cref="WaitForLockAsync"/>) until it ends, commits, rolls back or expires.
/// </summary>
public sealed class FakeGraphInterpreter
{
    public const string MemoryLimitCode = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";

    private readonly Dictionary<string, OpenTransaction> _open = new(StringComparer.Ordinal);
    private readonly List<StatementFailure> _failures = [];
    private readonly List<(Func<RecordedQueryRequest, bool> When, TimeSpan RunsFor)> _slow = [];
    private string? _lockHolder;
    private int _nextTransaction;
    private int _nextBookmark;
    private int _nextMember;

    public FakeGraph Committed { get; private set; } = new();
    public HashSet<string> Constraints { get; } = new(StringComparer.Ordinal);
    public int Begins { get; private set; }
    public int Commits { get; private set; }
    public int Rollbacks { get; private set; }

    /// <summary>Requests refused because a statement of their transaction was still running.</summary>
    public int RefusedWhileRunning { get; private set; }

    /// <summary>Write statements that had to wait for another transaction's lock.</summary>
    public int BlockedStatements { get; private set; }

    /// <summary>The most rows (UNWIND rows or ids) any committed transaction carried.</summary>
    public int LargestCommittedTransactionRows { get; private set; }

    public IReadOnlyList<string> LastBookmarks { get; private set; } = [];
    public int OpenTransactions => _open.Count;

    /// <summary>The clock transactions expire on (a FakeTimeProvider in tests).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>How long an open transaction may sit unused before the server rolls it back.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rows one transaction (or auto-commit request) may write before it runs out of transaction memory; null for no limit.</summary>
    public int? TransactionRowLimit { get; set; }

    /// <summary>Cluster members behind the address; each keeps its own open transactions.</summary>
    public int Members { get; set; } = 1;

    /// <summary>Whether the load balancer routes by the <c>neo4j-cluster-affinity</c> header (Aura does).</summary>
    public bool Sticky { get; set; } = true;

    /// <summary>
    /// Makes the next <paramref name="times"/> statements matching <paramref name="when"/> fail with
    /// <paramref name="code"/> after streaming their first <paramref name="rowsBefore"/> result rows;
    /// a failure inside an explicit transaction terminates it.
    /// </summary>
    public void FailStatement(Func<RecordedQueryRequest, bool> when, string code, int rowsBefore = 0, int times = 1)
    {
        lock (_open) _failures.Add(new StatementFailure(when, code, rowsBefore, times));
    }

    /// <summary>
    /// Makes the next statement matching <paramref name="when"/> inside an explicit transaction take the write lock and
    /// run for <paramref name="runsFor"/>, whether or not its client still waits (Neo4j does not stop a statement whose
    /// HTTP request went away).
    /// </summary>
    public void RunSlowly(Func<RecordedQueryRequest, bool> when, TimeSpan runsFor)
    {
        lock (_open) _slow.Add((when, runsFor));
    }

    /// <summary>
    /// True when <paramref name="request"/> writes in a transaction while another open transaction holds the lock;
    /// then its transaction counts as running (a rollback is refused) until <see cref="WaitForLockAsync"/> returns.
    /// </summary>
    public bool MustWaitForLock(RecordedQueryRequest request)
    {
        lock (_open)
        {
            ExpireIdle();
            if (request.TransactionId is not { } txId || request.Kind is not { } kind || !IsWrite(kind)) return false;
            if (_lockHolder is null || _lockHolder == txId || !_open.TryGetValue(txId, out var waiting)) return false;
            BlockedStatements++;
            waiting.RunningUntil = DateTimeOffset.MaxValue;
            return true;
        }
    }

    /// <summary>Waits, on its own (the client may have gone), until the lock is free; the transaction is idle again then.</summary>
    public async Task WaitForLockAsync(RecordedQueryRequest request)
    {
        while (true)
        {
            lock (_open)
            {
                ExpireIdle();
                if (_lockHolder is null)
                {
                    if (_open.TryGetValue(request.TransactionId!, out var waiting)) (waiting.RunningUntil, waiting.LastUsed) = (null, Clock.GetUtcNow());
                    return;
                }
            }
            await Task.Delay(TimeSpan.FromMilliseconds(10), Clock);
        }
    }

    /// <summary>Drops every statement failure not used yet.</summary>
    public void ClearFailures()
    {
        lock (_open) _failures.Clear();
    }

    public FakeQueryApiResponse Handle(RecordedQueryRequest request)
    {
        lock (_open)
        {
            ExpireIdle();
            if (request.IsBegin)
            {
                var id = $"tx{++_nextTransaction}";
                var member = NextMember();
                Begins++;
                var opened = new OpenTransaction(Committed.Clone(), member) { LastUsed = Clock.GetUtcNow() };
                _open[id] = opened;
                var begun = Run(opened, request, id);
                if (begun.Status != 202) _open.Remove(id);
                return begun with { Affinity = AffinityOf(member) };
            }
            if (request.TransactionId is { } txId)
            {
                var member = Sticky && request.ClusterAffinity is { } affinity && MemberOf(affinity) is { } routed ? routed : NextMember();
                if (!_open.TryGetValue(txId, out var transaction) || transaction.Member != member)
                    return FakeQueryApiResponse.TransactionNotFound(txId);
                if (transaction.RunningUntil > Clock.GetUtcNow())
                {
                    RefusedWhileRunning++;
                    return FakeQueryApiResponse.ConcurrentRequest();
                }
                transaction.LastUsed = Clock.GetUtcNow();
                if (request.IsRollback)
                {
                    End(txId);
                    Rollbacks++;
                    return FakeQueryApiResponse.Ok() with { Affinity = AffinityOf(member) };
                }
                var response = Run(transaction, request, request.IsCommit ? null : txId);
                if (response.Status != 202 || response.Body?.Contains("\"errors\"", StringComparison.Ordinal) == true) End(txId);
                else if (request.IsCommit)
                {
                    End(txId);
                    Committed = transaction.Graph;
                    Commits++;
                    LastBookmarks = [$"FB:fake-{++_nextBookmark}"];
                    LargestCommittedTransactionRows = Math.Max(LargestCommittedTransactionRows, transaction.Rows);
                    return FakeQueryApiResponse.Ok(bookmarks: LastBookmarks) with { Affinity = AffinityOf(member) };
                }
                var slow = _slow.FindIndex(s => s.When(request));
                if (slow >= 0)
                {
                    var runsFor = _slow[slow].RunsFor;
                    _slow.RemoveAt(slow);
                    _lockHolder = txId;
                    transaction.RunningUntil = transaction.LastUsed = Clock.GetUtcNow() + runsFor;
                    return response with { Affinity = AffinityOf(member), Delay = runsFor };
                }
                return response with { Affinity = AffinityOf(member) };
            }
            // Reads run on the committed graph itself: copying a 1M-element graph for every page would dominate a large sync.
            var writes = request.Kind is { } kind && IsWrite(kind);
            var autoCommit = new OpenTransaction(writes ? Committed.Clone() : Committed, 0);
            var result = Run(autoCommit, request, null);
            if (result.Status == 202 && result.Body?.Contains("\"errors\"", StringComparison.Ordinal) != true)
            {
                Committed = autoCommit.Graph;
                if (writes)
                {
                    LastBookmarks = [$"FB:fake-{++_nextBookmark}"];
                    LargestCommittedTransactionRows = Math.Max(LargestCommittedTransactionRows, autoCommit.Rows);
                    return result with { Body = result.Body!.Replace("\"bookmarks\":[]", $"\"bookmarks\":[\"{LastBookmarks[0]}\"]", StringComparison.Ordinal) };
                }
            }
            return result;
        }
    }

    private static bool IsWrite(string kind) => kind is "delete-relationships" or "delete-nodes" or "merge-nodes" or "merge-relationships" or "write-marker";

    private void ExpireIdle()
    {
        var now = Clock.GetUtcNow();
        foreach (var id in _open.Where(t => !(t.Value.RunningUntil > now) && now - t.Value.LastUsed > IdleTimeout).Select(t => t.Key).ToArray())
            End(id);
    }

    /// <summary>Closes a transaction however it ended, releasing the lock it held.</summary>
    private void End(string txId)
    {
        _open.Remove(txId);
        if (_lockHolder == txId) _lockHolder = null;
    }

    private int NextMember() => _nextMember++ % Math.Max(1, Members);

    /// <summary>The affinity header value cluster member <paramref name="member"/> answers with.</summary>
    public static string AffinityOf(int member) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"fake-member-{member}:7474"));

    private static int? MemberOf(string affinity)
    {
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(affinity));
            return text.StartsWith("fake-member-", StringComparison.Ordinal) && int.TryParse(text[12..text.IndexOf(':', StringComparison.Ordinal)], out var m) ? m : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private FakeQueryApiResponse Run(OpenTransaction transaction, RecordedQueryRequest r, string? transactionId)
    {
        if (r.Statement is null) return Result([], [], transactionId);
        transaction.Rows += r.RowCount;
        if (TransactionRowLimit is { } limit && transaction.Rows > limit)
            return Failed([], [], MemoryLimitCode,
                $"The allocation of an extra 2.0 MiB would use more than the limit {limit} rows. Currently using {transaction.Rows} rows. dbms.memory.transaction.total.max threshold reached");
        var failure = _failures.FirstOrDefault(f => f.Remaining > 0 && f.When(r));
        var response = Execute(transaction.Graph, r, transactionId);
        if (failure is null) return response;
        failure.Remaining--;
        var (fields, rows) = ReadBack(response);
        return Failed(fields, rows.Take(failure.RowsBefore), failure.Code, "scripted failure after data");
    }

    private static (IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows) ReadBack(FakeQueryApiResponse response)
    {
        using var json = System.Text.Json.JsonDocument.Parse(response.Body!);
        var data = json.RootElement.GetProperty("data");
        return (data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToArray(),
            data.GetProperty("values").EnumerateArray().Select(row => (IReadOnlyList<object?>)row.EnumerateArray().Select(FakeTypedJson.Read).ToArray()).ToArray());
    }

    private static FakeQueryApiResponse Failed(IReadOnlyList<string> fields, IEnumerable<IReadOnlyList<object?>> rows, string code, string message) =>
        new(202, FakeQueryApiResponse.ResultBody(fields, rows, [], transactionId: null, errors: [(code, message)]));

    private FakeQueryApiResponse Execute(FakeGraph g, RecordedQueryRequest r, string? transactionId)
    {
        var names = r.QuotedNames;
        switch (r.Kind)
        {
            case "constraint":
                Constraints.Add(names[0]);
                return Result([], [], transactionId);
            case "ping":
                return Result(["ok"], [Row(1L)], transactionId);
            case "snapshot-nodes":
                // The first page also carries the sync marker, as a row without an id (nulls when there is none).
                IEnumerable<IReadOnlyList<object?>> marker = (string)r.Parameters["after"]! == ""
                    ? [Row(null, null, null, g.Marker?["hash"], g.Marker?["complete"], g.Marker?["writtenAt"])]
                    : [];
                return Result(["id", "label", "hash", "graphHash", "complete", "writtenAt"],
                    marker.Concat(Page(g.Nodes, g.NodeIdsAfter, r).Select(n => Row(n.Key, n.Value.Label, n.Value.Properties.GetValueOrDefault("gb_hash"), null, null, null))),
                    transactionId);
            case "snapshot-relationships":
                return Result(["id", "label", "hash"],
                    Page(g.Relationships, g.RelationshipIdsAfter, r).Select(x => Row(x.Key, x.Value.Type, x.Value.Properties.GetValueOrDefault("gb_hash"))), transactionId);
            case "write-marker":
                g.Marker = new Dictionary<string, object?>(r.Parameters, StringComparer.Ordinal);
                return Result([], [], transactionId);
            case "read-marker":
                return Result(["hash", "complete", "writtenAt"],
                    g.Marker is { } m ? [Row(m["hash"], m["complete"], m["writtenAt"])] : [], transactionId);
            case "delete-relationships":
                foreach (var id in Ids(r))
                    if (g.Relationships.TryGetValue(id, out var rel) && rel.Type == names[0]) g.RemoveRelationship(id);
                return Result([], [], transactionId);
            case "delete-nodes":
                g.DetachDeleteNodes(Ids(r).Where(id => g.Nodes.GetValueOrDefault(id)?.Label == names[0]).ToArray());
                return Result([], [], transactionId);
            case "merge-nodes":
            {
                var written = new List<object?>();
                foreach (var row in Rows(r))
                {
                    g.SetNode((string)row["id"]!, new FakeNode(names[0], Map(row["props"])));
                    written.Add(row["id"]);
                }
                return Written(r, written, transactionId);
            }
            case "merge-relationships":
            {
                // A row whose endpoint is missing matches nothing, as MATCH does: it is not written and not returned.
                var written = new List<object?>();
                foreach (var row in Rows(r))
                {
                    var (start, end) = ((string)row["start"]!, (string)row["end"]!);
                    if (g.Nodes.GetValueOrDefault(start)?.Label != names[0] || g.Nodes.GetValueOrDefault(end)?.Label != names[1]) continue;
                    g.SetRelationship((string)row["id"]!, new FakeRelationship(names[2], start, end, Map(row["props"])));
                    written.Add(row["id"]);
                }
                return Written(r, written, transactionId);
            }
            case "lookup-label":
                return Result(["id"], Ids(r).Where(id => g.Nodes.GetValueOrDefault(id)?.Label == names[0]).Select(id => Row(id)), transactionId);
            case "read-nodes":
                return Result(["id", "labels", "props"],
                    Page(g.Nodes, g.NodeIdsAfter, r).Select(n => Row(n.Key, new List<object?> { n.Value.Label }, n.Value.Properties)), transactionId);
            case "read-relationships":
                return Result(["id", "type", "start", "end", "props"],
                    Page(g.Relationships, g.RelationshipIdsAfter, r).Select(x => Row(x.Key, x.Value.Type, x.Value.StartId, x.Value.EndId, x.Value.Properties)), transactionId);
            case "find-relationships":
                return Find(g, r, transactionId);
            default:
                return FakeQueryApiResponse.Error("Neo.ClientError.Statement.SyntaxError", $"The fake Query API cannot run: {r.Statement}");
        }
    }

    private static FakeQueryApiResponse Find(FakeGraph g, RecordedQueryRequest r, string? transactionId)
    {
        // Types are the quoted names between "-[r:" and "]->".
        var statement = r.Statement!;
        var typePart = statement[(statement.IndexOf("-[r:", StringComparison.Ordinal) + 4)..statement.IndexOf("]->", StringComparison.Ordinal)];
        var types = typePart.Split('|').Select(t => t.Trim('`')).ToHashSet(StringComparer.Ordinal);
        string? P(string name) => r.Parameters.GetValueOrDefault(name) as string;
        bool Is(string id, string? wanted) => wanted is null || Names(g, id).Contains(wanted);
        var rows = g.Relationships.OrderBy(x => x.Key, StringComparer.Ordinal)
            .Where(x => types.Contains(x.Value.Type))
            .Where(x => Is(x.Value.StartId, P("subject")) && Is(x.Value.EndId, P("object"))
                        && (P("either") is null || Is(x.Value.StartId, P("either")) || Is(x.Value.EndId, P("either"))))
            .Select(x =>
            {
                var (a, b) = (g.Nodes[x.Value.StartId], g.Nodes[x.Value.EndId]);
                return Row(x.Key, x.Value.Type, x.Value.Properties,
                    x.Value.StartId, new List<object?> { a.Label }, a.Properties,
                    x.Value.EndId, new List<object?> { b.Label }, b.Properties);
            });
        return Result(["id", "type", "props", "startId", "startLabels", "startProps", "endId", "endLabels", "endProps"], rows, transactionId);
    }

    /// <summary><c>WHERE id > $after ... ORDER BY id LIMIT $limit</c>.</summary>
    private static IEnumerable<KeyValuePair<string, T>> Page<T>(IReadOnlyDictionary<string, T> elements, Func<string, int, IEnumerable<string>> idsAfter, RecordedQueryRequest r) =>
        idsAfter((string)r.Parameters["after"]!, (int)(long)r.Parameters["limit"]!).Select(id => KeyValuePair.Create(id, elements[id]));

    private sealed class OpenTransaction(FakeGraph graph, int member)
    {
        public FakeGraph Graph { get; } = graph;
        public int Member { get; } = member;
        public DateTimeOffset LastUsed { get; set; }
        public int Rows { get; set; }

        /// <summary>Until when a statement of the transaction runs (MaxValue while it waits for a lock); null when idle.</summary>
        public DateTimeOffset? RunningUntil { get; set; }
    }

    private sealed class StatementFailure(Func<RecordedQueryRequest, bool> when, string code, int rowsBefore, int times)
    {
        public Func<RecordedQueryRequest, bool> When { get; } = when;
        public string Code { get; } = code;
        public int RowsBefore { get; } = rowsBefore;
        public int Remaining { get; set; } = times;
    }

    private static HashSet<string> Names(FakeGraph g, string id)
    {
        var node = g.Nodes[id];
        var names = new HashSet<string>(StringComparer.Ordinal) { id.ToLowerInvariant() };
        if (node.Properties.GetValueOrDefault("name") is string name) names.Add(name.ToLowerInvariant());
        if (node.Properties.GetValueOrDefault("aliases") is IEnumerable<object?> aliases)
            foreach (var alias in aliases.OfType<string>()) names.Add(alias.ToLowerInvariant());
        return names;
    }

    /// <summary><c>RETURN collect(row.id) AS written</c> when the statement asks for it (a sync's merges do, a script's do not).</summary>
    private static FakeQueryApiResponse Written(RecordedQueryRequest r, List<object?> written, string? transactionId) =>
        r.Statement!.Contains("RETURN collect(row.id) AS written", StringComparison.Ordinal)
            ? Result(["written"], [Row(written)], transactionId)
            : Result([], [], transactionId);

    private static FakeQueryApiResponse Result(IReadOnlyList<string> fields, IEnumerable<IReadOnlyList<object?>> rows, string? transactionId) =>
        new(202, FakeQueryApiResponse.ResultBody(fields, rows, [], transactionId));

    private static IReadOnlyList<object?> Row(params object?[] values) => values;

    private static IEnumerable<string> Ids(RecordedQueryRequest r) =>
        ((IEnumerable<object?>)r.Parameters["ids"]!).Cast<string>();

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Rows(RecordedQueryRequest r) =>
        ((IEnumerable<object?>)r.Parameters["rows"]!).Cast<IReadOnlyDictionary<string, object?>>();

    private static IReadOnlyDictionary<string, object?> Map(object? value) => (IReadOnlyDictionary<string, object?>)value!;
}
