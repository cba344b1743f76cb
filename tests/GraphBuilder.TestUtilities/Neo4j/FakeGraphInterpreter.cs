namespace GraphBuilder.Testing.Neo4j;

/// <summary>
/// Executes exactly the statement shapes the Neo4j store sends, recognised by their
/// <c>// graphbuilder:KIND</c> marker and backtick-quoted names, against a <see cref="FakeGraph"/>.
/// Explicit transactions work on a copy that replaces the committed graph on commit, so a rollback
/// really leaves the graph as it was. Anything else is answered with a syntax error.
/// </summary>
public sealed class FakeGraphInterpreter
{
    public const string Affinity = "ZmFrZS1zZXJ2ZXI6NzQ3NA==";

    private readonly Dictionary<string, FakeGraph> _open = new(StringComparer.Ordinal);
    private int _nextTransaction;
    private int _nextBookmark;

    public FakeGraph Committed { get; private set; } = new();
    public HashSet<string> Constraints { get; } = new(StringComparer.Ordinal);
    public int Commits { get; private set; }
    public int Rollbacks { get; private set; }
    public IReadOnlyList<string> LastBookmarks { get; private set; } = [];
    public int OpenTransactions => _open.Count;

    public FakeQueryApiResponse Handle(RecordedQueryRequest request)
    {
        lock (_open)
        {
            if (request.IsBegin)
            {
                var id = $"tx{++_nextTransaction}";
                _open[id] = Committed.Clone();
                return Run(_open[id], request, id);
            }
            if (request.TransactionId is { } txId)
            {
                if (request.ClusterAffinity != Affinity || !_open.TryGetValue(txId, out var graph))
                    return FakeQueryApiResponse.Error("Neo.ClientError.Request.Invalid",
                        $"Transaction with Id: \"{txId}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.");
                if (request.IsRollback)
                {
                    _open.Remove(txId);
                    Rollbacks++;
                    return FakeQueryApiResponse.Ok();
                }
                var response = Run(graph, request, request.IsCommit ? null : txId);
                if (response.Status != 202) _open.Remove(txId);
                else if (request.IsCommit)
                {
                    _open.Remove(txId);
                    Committed = graph;
                    Commits++;
                    LastBookmarks = [$"FB:fake-{++_nextBookmark}"];
                    return FakeQueryApiResponse.Ok(bookmarks: LastBookmarks);
                }
                return response;
            }
            var autoCommit = Committed.Clone();
            var result = Run(autoCommit, request, null);
            if (result.Status == 202) Committed = autoCommit;
            return result;
        }
    }

    private FakeQueryApiResponse Run(FakeGraph g, RecordedQueryRequest r, string? transactionId)
    {
        if (r.Statement is null) return Result([], [], transactionId);
        var names = r.QuotedNames;
        switch (r.Kind)
        {
            case "constraint":
                Constraints.Add(names[0]);
                return Result([], [], transactionId);
            case "ping":
                return Result(["ok"], [Row(1L)], transactionId);
            case "snapshot":
                return Result(["kind", "id", "label", "hash"],
                    g.Nodes.Select(n => Row("node", n.Key, n.Value.Label, n.Value.Properties.GetValueOrDefault("gb_hash")))
                        .Concat(g.Relationships.Select(x => Row("relationship", x.Key, x.Value.Type, x.Value.Properties.GetValueOrDefault("gb_hash")))),
                    transactionId);
            case "delete-relationships":
                foreach (var id in Ids(r))
                    if (g.Relationships.TryGetValue(id, out var rel) && rel.Type == names[0]) g.Relationships.Remove(id);
                return Result([], [], transactionId);
            case "delete-nodes":
                foreach (var id in Ids(r))
                {
                    if (!g.Nodes.TryGetValue(id, out var node) || node.Label != names[0]) continue;
                    g.Nodes.Remove(id);
                    foreach (var relId in g.Relationships.Where(x => x.Value.StartId == id || x.Value.EndId == id).Select(x => x.Key).ToArray())
                        g.Relationships.Remove(relId);
                }
                return Result([], [], transactionId);
            case "merge-nodes":
                foreach (var row in Rows(r)) g.Nodes[(string)row["id"]!] = new FakeNode(names[0], Map(row["props"]));
                return Result([], [], transactionId);
            case "merge-relationships":
                foreach (var row in Rows(r))
                {
                    var (start, end) = ((string)row["start"]!, (string)row["end"]!);
                    if (g.Nodes.GetValueOrDefault(start)?.Label != names[0] || g.Nodes.GetValueOrDefault(end)?.Label != names[1]) continue;
                    g.Relationships[(string)row["id"]!] = new FakeRelationship(names[2], start, end, Map(row["props"]));
                }
                return Result([], [], transactionId);
            case "lookup-label":
                return Result(["id"], Ids(r).Where(id => g.Nodes.GetValueOrDefault(id)?.Label == names[0]).Select(id => Row(id)), transactionId);
            case "read-nodes":
                return Result(["id", "labels", "props"],
                    g.Nodes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => Row(n.Key, new List<object?> { n.Value.Label }, n.Value.Properties)), transactionId);
            case "read-relationships":
                return Result(["id", "type", "start", "end", "props"],
                    g.Relationships.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => Row(x.Key, x.Value.Type, x.Value.StartId, x.Value.EndId, x.Value.Properties)), transactionId);
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

    private static HashSet<string> Names(FakeGraph g, string id)
    {
        var node = g.Nodes[id];
        var names = new HashSet<string>(StringComparer.Ordinal) { id.ToLowerInvariant() };
        if (node.Properties.GetValueOrDefault("name") is string name) names.Add(name.ToLowerInvariant());
        if (node.Properties.GetValueOrDefault("aliases") is IEnumerable<object?> aliases)
            foreach (var alias in aliases.OfType<string>()) names.Add(alias.ToLowerInvariant());
        return names;
    }

    private static FakeQueryApiResponse Result(IReadOnlyList<string> fields, IEnumerable<IReadOnlyList<object?>> rows, string? transactionId) =>
        new(202, FakeQueryApiResponse.ResultBody(fields, rows, [], transactionId));

    private static IReadOnlyList<object?> Row(params object?[] values) => values;

    private static IEnumerable<string> Ids(RecordedQueryRequest r) =>
        ((IEnumerable<object?>)r.Parameters["ids"]!).Cast<string>();

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Rows(RecordedQueryRequest r) =>
        ((IEnumerable<object?>)r.Parameters["rows"]!).Cast<IReadOnlyDictionary<string, object?>>();

    private static IReadOnlyDictionary<string, object?> Map(object? value) => (IReadOnlyDictionary<string, object?>)value!;
}
