using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Testing.Neo4j;

/// <summary>
/// An in-process stand-in for Neo4j's HTTP Query API (Kestrel on 127.0.0.1, a free port). It records
/// every request, answers scripted responses first (errors, 401, 503, slow answers, connection resets),
/// and otherwise lets <see cref="Graph"/> execute the store's statements.
/// </summary>
public sealed class FakeQueryApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<RecordedQueryRequest> _requests = [];
    private readonly List<ScriptedAnswer> _scripts = [];
    private readonly List<(Func<RecordedQueryRequest, bool> When, Func<FakeQueryApiResponse, FakeQueryApiResponse> How)> _mangles = [];
    private int _requestCount;
    private long _rowCount;

    private FakeQueryApiServer(WebApplication app, string database, string? user, string? password)
    {
        _app = app;
        Database = database;
        ExpectedAuthorization = user is null ? null : "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
    }

    public Uri Uri { get; private set; } = null!;
    public string Database { get; }
    public string? ExpectedAuthorization { get; }
    public FakeGraphInterpreter Graph { get; } = new();

    /// <summary>False answers every Query API path with a bare 404 and leaves 'query' out of the discovery document, as a server without QUERY_API in server.http_enabled_modules does.</summary>
    public bool QueryApiEnabled { get; set; } = true;

    /// <summary>Called with every request before it is answered (e.g. to advance a fake clock mid-sync).</summary>
    public Action<RecordedQueryRequest>? OnRequest { get; set; }

    /// <summary>
    /// False keeps only the counts of <see cref="Counters"/>, not the requests: a 1M-element sync sends gigabytes of
    /// bodies, which the out-of-process host (tests/GraphBuilder.FakeNeo4j) need not hold.
    /// </summary>
    public bool KeepRequests { get; set; } = true;

    public IReadOnlyList<RecordedQueryRequest> Requests
    {
        get { lock (_requests) return _requests.ToArray(); }
    }

    /// <summary>Requests and rows since the last <see cref="ClearRequests"/>, and the graph's transaction counts.</summary>
    public FakeQueryApiCounters Counters
    {
        get
        {
            lock (_requests)
                return new FakeQueryApiCounters(_requestCount, _rowCount, Graph.Begins, Graph.Commits, Graph.Rollbacks, Graph.LargestCommittedTransactionRows);
        }
    }

    /// <summary>
    /// Starts a server; when <paramref name="user"/> is given, other credentials get 401. A <paramref name="port"/>
    /// of a stopped server's <see cref="Uri"/> brings "the same" Neo4j back (with an empty graph).
    /// </summary>
    public static async Task<FakeQueryApiServer> StartAsync(string database = "neo4j", string? user = null, string? password = null, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new FakeQueryApiServer(app, database, user, password);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Uri = new Uri(address);
        return server;
    }

    /// <summary>Answers the next <paramref name="times"/> requests matching <paramref name="when"/> with <paramref name="then"/>.</summary>
    public void Script(Func<RecordedQueryRequest, bool> when, FakeQueryApiResponse then, int times = 1)
    {
        lock (_scripts) _scripts.Add(new ScriptedAnswer(when, then, times));
    }

    public void ScriptNext(FakeQueryApiResponse then, int times = 1) => Script(_ => true, then, times);

    /// <summary>
    /// Lets the server do what <paramref name="when"/>'s requests ask (a commit commits) and then replaces the
    /// answer with <paramref name="how"/>'s, once: a proxy that mangles the reply, a server that dies while writing it.
    /// </summary>
    public void Mangle(Func<RecordedQueryRequest, bool> when, Func<FakeQueryApiResponse, FakeQueryApiResponse> how)
    {
        lock (_mangles) _mangles.Add((when, how));
    }

    /// <summary>Drops every scripted answer not used yet.</summary>
    public void ClearScripts()
    {
        lock (_scripts) _scripts.Clear();
    }

    public void ClearRequests()
    {
        lock (_requests)
        {
            _requests.Clear();
            (_requestCount, _rowCount) = (0, 0);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var recorded = await RecordAsync(context.Request);
        OnRequest?.Invoke(recorded);
        if (QueryApiEnabled && Graph.MustWaitForLock(recorded))
        {
            // The wait goes on without the client, as a statement waiting for a lock in Neo4j does.
            try { await Graph.WaitForLockAsync(recorded).WaitAsync(context.RequestAborted); }
            catch (OperationCanceledException) { return; }
        }
        var response = Mangled(recorded, Scripted(recorded) ?? Answer(recorded));
        if (response.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(response.Delay, context.RequestAborted); }
            catch (OperationCanceledException) { return; }
        }
        if (response.ResetConnection)
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = response.Status;
        if (response.Affinity is not null)
            context.Response.Headers["neo4j-cluster-affinity"] = response.Affinity;
        if (response.Body is not null)
        {
            context.Response.ContentType = response.Status == 202 ? "application/vnd.neo4j.query" : "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    private FakeQueryApiResponse? Scripted(RecordedQueryRequest request)
    {
        lock (_scripts)
        {
            var script = _scripts.FirstOrDefault(s => s.Remaining > 0 && s.When(request));
            if (script is null) return null;
            script.Remaining--;
            return script.Then;
        }
    }

    private FakeQueryApiResponse Mangled(RecordedQueryRequest request, FakeQueryApiResponse response)
    {
        lock (_mangles)
        {
            var index = _mangles.FindIndex(m => m.When(request));
            if (index < 0) return response;
            var how = _mangles[index].How;
            _mangles.RemoveAt(index);
            return how(response);
        }
    }

    private FakeQueryApiResponse Answer(RecordedQueryRequest request)
    {
        if (request.Method == "GET" && request.Path == "/") return Discovery();
        if (!QueryApiEnabled) return FakeQueryApiResponse.StatusOnly(404);
        if (ExpectedAuthorization is not null && request.Authorization != ExpectedAuthorization) return FakeQueryApiResponse.Unauthorized();
        if (request.Database != Database) return FakeQueryApiResponse.DatabaseNotFound(request.Database ?? "");
        return Graph.Handle(request);
    }

    /// <summary>The discovery document Neo4j serves at <c>GET /</c>; 'query' only while the Query API is enabled.</summary>
    private FakeQueryApiResponse Discovery()
    {
        var document = new Dictionary<string, string>
        {
            ["bolt_routing"] = "neo4j://127.0.0.1:7687",
            ["transaction"] = $"{Uri}db/{{databaseName}}/tx",
            ["bolt_direct"] = "bolt://127.0.0.1:7687",
            ["neo4j_version"] = "5.26.0",
            ["neo4j_edition"] = "community",
        };
        if (QueryApiEnabled) document["query"] = $"{Uri}db/{{databaseName}}/query/v2";
        return new FakeQueryApiResponse(200, JsonSerializer.Serialize(document));
    }

    private async Task<RecordedQueryRequest> RecordAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        string? statement = null;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var bookmarks = new List<string>();
        if (!string.IsNullOrWhiteSpace(body))
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.TryGetProperty("statement", out var s)) statement = s.GetString();
            if (root.TryGetProperty("parameters", out var p))
                foreach (var parameter in p.EnumerateObject()) parameters[parameter.Name] = FakeTypedJson.Read(parameter.Value);
            if (root.TryGetProperty("bookmarks", out var b)) bookmarks.AddRange(b.EnumerateArray().Select(x => x.GetString()!));
        }
        var recorded = new RecordedQueryRequest(
            request.Method, request.Path.Value ?? "", request.Headers.Authorization.FirstOrDefault(),
            request.Headers["neo4j-cluster-affinity"].FirstOrDefault(), request.ContentType, body, statement, parameters, bookmarks)
        {
            ContentLength = request.ContentLength,
        };
        lock (_requests)
        {
            _requestCount++;
            _rowCount += recorded.RowCount;
            if (KeepRequests) _requests.Add(recorded);
        }
        return recorded;
    }

    private sealed class ScriptedAnswer(Func<RecordedQueryRequest, bool> when, FakeQueryApiResponse then, int times)
    {
        public Func<RecordedQueryRequest, bool> When { get; } = when;
        public FakeQueryApiResponse Then { get; } = then;
        public int Remaining { get; set; } = times;
    }
}
