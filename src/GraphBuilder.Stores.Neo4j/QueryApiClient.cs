using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Typed HttpClient for Neo4j's HTTP Query API v2: auto-commit queries and explicit transactions.
/// The resilience pipeline around it retries only requests marked retryable (see <see cref="RetryableKey"/>);
/// statements inside an open transaction and commits are sent once.
/// Failures surface as <see cref="StoreException"/> with a message naming server, database and user, never the password.
/// </summary>
public sealed class QueryApiClient
{
    /// <summary>Request option read by the retry strategy; absent means retryable.</summary>
    public static readonly HttpRequestOptionsKey<bool> RetryableKey = new("GraphBuilder.Neo4j.Retryable");

    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly ILogger<QueryApiClient> _logger;
    private readonly string _root;

    public QueryApiClient(HttpClient http, IOptions<Neo4jOptions> options, ILogger<QueryApiClient> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
        _http.BaseAddress ??= _options.Uri;
        _http.Timeout = _options.TotalTimeout + TimeSpan.FromSeconds(5);
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson.MediaType));
        _root = $"db/{Uri.EscapeDataString(_options.Database)}/query/v2";
    }

    /// <summary>"Neo4j database 'neo4j' at http://host:7474 (user 'neo4j')": safe for messages and logs.</summary>
    public string Description => $"Neo4j database '{_options.Database}' at {_options.Uri} (user '{_options.User}')";

    /// <summary>Runs one statement in its own (implicit) transaction; retried on transient failures.</summary>
    public Task<QueryApiResponse> RunAsync(QueryApiRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, _root, request, affinity: null, retryable: true, cancellationToken);

    /// <summary>Opens an explicit transaction. Retrying is safe: an orphaned empty transaction just expires.</summary>
    public async Task<QueryApiTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        using var message = NewMessage(HttpMethod.Post, $"{_root}/tx", null, affinity: null, retryable: true);
        var (response, affinity) = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return new QueryApiTransaction(
            response.TransactionId ?? throw new StoreException($"{Description} opened a transaction without an id."),
            affinity);
    }

    /// <summary>Runs a statement inside an open transaction. Never retried: the server closes a transaction on error.</summary>
    public Task<QueryApiResponse> RunAsync(QueryApiTransaction transaction, QueryApiRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{_root}/tx/{Uri.EscapeDataString(transaction.Id)}", request, transaction.ClusterAffinity, retryable: false, cancellationToken);

    /// <summary>Commits; never retried, since a lost reply leaves the outcome unknown. Returns the commit's bookmarks.</summary>
    public Task<QueryApiResponse> CommitAsync(QueryApiTransaction transaction, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{_root}/tx/{Uri.EscapeDataString(transaction.Id)}/commit", null, transaction.ClusterAffinity, retryable: false, cancellationToken);

    /// <summary>Rolls back (idempotent, so retried).</summary>
    public Task RollbackAsync(QueryApiTransaction transaction, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"{_root}/tx/{Uri.EscapeDataString(transaction.Id)}", null, transaction.ClusterAffinity, retryable: true, cancellationToken);

    private async Task<QueryApiResponse> SendAsync(
        HttpMethod method, string path, QueryApiRequest? request, string? affinity, bool retryable, CancellationToken cancellationToken)
    {
        using var message = NewMessage(method, path, request, affinity, retryable);
        var (response, _) = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response;
    }

    private HttpRequestMessage NewMessage(HttpMethod method, string path, QueryApiRequest? request, string? affinity, bool retryable)
    {
        var message = new HttpRequestMessage(method, path);
        message.Options.Set(RetryableKey, retryable);
        if (affinity is not null) message.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (method != HttpMethod.Delete)
        {
            var content = new ByteArrayContent(request is null ? "{}"u8.ToArray() : Serialize(request));
            content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson.MediaType);
            message.Content = content;
        }
        return message;
    }

    private async Task<(QueryApiResponse Response, string? Affinity)> SendAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
                                   || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            _logger.LogWarning("{Method} {Path} to {Store} failed: {Error}", message.Method, message.RequestUri, Description, ex.Message);
            throw new StoreException($"{Description} could not be reached: {ex.Message}", isTransient: true, ex);
        }

        using (response)
        {
            _logger.LogDebug("{Method} {Path} answered {Status}", message.Method, message.RequestUri, (int)response.StatusCode);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            ThrowOnFailure(response.StatusCode, body);
            var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (Parse(body), affinity);
        }
    }

    private void ThrowOnFailure(HttpStatusCode status, byte[] body)
    {
        if (status == HttpStatusCode.Unauthorized)
            throw new StoreException(
                $"{Description} rejected the credentials of user '{_options.User}' (HTTP 401): check {Neo4jOptions.SectionName}:User and :Password.");

        var errors = TransientErrorClassifier.ParseErrors(body);
        if (status == HttpStatusCode.NotFound || errors.Any(e => e.Code == "Neo.ClientError.Database.DatabaseNotFound"))
            throw new QueryApiException(
                $"{Description}: the database does not exist (HTTP {(int)status}). Create it or set {Neo4jOptions.SectionName}:Database.",
                status, errors, isTransient: false);

        if (errors.Count > 0)
            throw new QueryApiException(
                $"{Description} failed: {string.Join("; ", errors)}", status, errors, TransientErrorClassifier.IsRetryable(errors));

        if ((int)status is < 200 or > 299)
            throw new QueryApiException(
                $"{Description} answered HTTP {(int)status}.", status, errors,
                TransientErrorClassifier.IsRetryableStatus(status) || (int)status >= 500);
    }

    private static byte[] Serialize(QueryApiRequest request)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("statement", request.Statement);
            json.WriteStartObject("parameters");
            foreach (var (name, value) in request.Parameters ?? new Dictionary<string, object?>())
            {
                json.WritePropertyName(name);
                TypedJson.Write(json, value);
            }
            json.WriteEndObject();
            if (request.Bookmarks is { Count: > 0 } bookmarks)
            {
                json.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks) json.WriteStringValue(bookmark);
                json.WriteEndArray();
            }
            json.WriteBoolean("includeCounters", true);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static QueryApiResponse Parse(byte[] body)
    {
        if (body.Length == 0) return QueryApiResponse.Empty;
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        string[] fields = [];
        var values = new List<IReadOnlyList<object?>>();
        if (root.TryGetProperty("data", out var data))
        {
            fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString() ?? "").ToArray();
            foreach (var row in data.GetProperty("values").EnumerateArray())
                values.Add(row.EnumerateArray().Select(TypedJson.Read).ToArray());
        }
        var bookmarks = root.TryGetProperty("bookmarks", out var b)
            ? b.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
            : [];
        var transactionId = root.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id) ? id.GetString() : null;
        return new QueryApiResponse(fields, values, bookmarks, transactionId);
    }
}
