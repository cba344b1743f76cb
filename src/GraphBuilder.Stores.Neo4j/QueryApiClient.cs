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
internal sealed class QueryApiClient
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
        _http.BaseAddress ??= _options.Endpoint;
        _http.Timeout = _options.TotalTimeout + TimeSpan.FromSeconds(5);
        var (user, password) = Neo4jEndpoint.Credentials(_options.Uri, _options.User, _options.Password);
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson.MediaType));
        _root = $"db/{Uri.EscapeDataString(_options.Database)}/query/v2";
    }

    /// <summary>
    /// "Neo4j database 'neo4j' at http://host:7474 (user 'neo4j')", naming the driver URI it came from when
    /// one was mapped: safe for messages and logs.
    /// </summary>
    public string Description =>
        $"Neo4j database '{_options.Database}' at {_options.Endpoint}" +
        (_options.Uri is { } uri && Neo4jEndpoint.IsDriverUri(uri) ? $" (Query API endpoint for {CredentialRedaction.Redact(uri)})" : "") +
        $" (user '{_options.LoginUser}')";

    /// <summary>Runs one statement in its own (implicit) transaction; retried on transient failures.</summary>
    public Task<QueryApiResponse> RunAsync(QueryApiRequest request, CancellationToken cancellationToken) =>
        SendAsync(QueryApiCall.Query, HttpMethod.Post, _root, request, affinity: null, retryable: true, cancellationToken);

    /// <summary>Opens an explicit transaction. Retrying is safe: an orphaned empty transaction just expires.</summary>
    public async Task<QueryApiTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        using var message = NewMessage(HttpMethod.Post, $"{_root}/tx", null, affinity: null, retryable: true);
        var (response, affinity) = await SendAsync(QueryApiCall.Begin, message, cancellationToken).ConfigureAwait(false);
        return new QueryApiTransaction(response.TransactionId!, affinity);
    }

    /// <summary>Runs a statement inside an open transaction. Never retried: the server closes a transaction on error.</summary>
    public Task<QueryApiResponse> RunAsync(QueryApiTransaction transaction, QueryApiRequest request, CancellationToken cancellationToken) =>
        SendAsync(QueryApiCall.Run, HttpMethod.Post, $"{_root}/tx/{Uri.EscapeDataString(transaction.Id)}", request, transaction.ClusterAffinity, retryable: false, cancellationToken);

    /// <summary>Commits; never retried, since a lost reply leaves the outcome unknown. Returns the commit's bookmarks.</summary>
    public Task<QueryApiResponse> CommitAsync(QueryApiTransaction transaction, CancellationToken cancellationToken) =>
        SendAsync(QueryApiCall.Commit, HttpMethod.Post, $"{_root}/tx/{Uri.EscapeDataString(transaction.Id)}/commit", null, transaction.ClusterAffinity, retryable: false, cancellationToken);

    /// <summary>Rolls back (idempotent, so retried); refused with <see cref="QueryApiFailure.TransactionBusy"/> while a statement runs.</summary>
    public Task RollbackAsync(QueryApiTransaction transaction, CancellationToken cancellationToken) =>
        SendAsync(QueryApiCall.Rollback, HttpMethod.Delete, $"{_root}/tx/{Uri.EscapeDataString(transaction.Id)}", null, transaction.ClusterAffinity, retryable: true, cancellationToken);

    private async Task<QueryApiResponse> SendAsync(
        QueryApiCall call, HttpMethod method, string path, QueryApiRequest? request, string? affinity, bool retryable, CancellationToken cancellationToken)
    {
        using var message = NewMessage(method, path, request, affinity, retryable);
        var (response, _) = await SendAsync(call, message, cancellationToken).ConfigureAwait(false);
        return response;
    }

    private HttpRequestMessage NewMessage(HttpMethod method, string path, QueryApiRequest? request, string? affinity, bool retryable)
    {
        var message = new HttpRequestMessage(method, path);
        message.Options.Set(RetryableKey, retryable);
        if (affinity is not null) message.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (method != HttpMethod.Delete) message.Content = new QueryApiRequestContent(request);
        return message;
    }

    private async Task<(QueryApiResponse Response, string? Affinity)> SendAsync(QueryApiCall call, HttpRequestMessage message, CancellationToken cancellationToken)
    {
        var inTransaction = call is QueryApiCall.Run or QueryApiCall.Commit or QueryApiCall.Rollback;
        using var response = await SendRawAsync(message, cancellationToken).ConfigureAwait(false);
        _logger.LogDebug("{Method} {Path} answered {Status}", message.Method, message.RequestUri, (int)response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        // The whole body is read before anything is used: errors may follow data (see ParseErrors).
        using var document = ParseJson(body);
        await ThrowOnFailureAsync(response.StatusCode, document?.RootElement, inTransaction, cancellationToken).ConfigureAwait(false);
        var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        var parsed = QueryApiResponseReader.TryRead(call, body, document?.RootElement, out var problem)
            ?? throw new QueryApiException(
                $"{Description}: {message.Method} {message.RequestUri} answered HTTP {(int)response.StatusCode} with {problem}, not the Query API's answer " +
                $"({(call == QueryApiCall.Commit ? "whether the commit happened is unknown" : "whatever happened on the server is unknown")}; a proxy or load balancer in the way, or a failing server?).",
                response.StatusCode, [], isTransient: true, QueryApiFailure.Protocol);
        return (parsed, affinity);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
                                   || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            _logger.LogWarning("{Method} {Path} to {Store} failed: {Error}", message.Method, message.RequestUri, Description, ex.Message);
            throw new StoreException($"{Description} could not be reached: {ex.Message}", isTransient: true, ex);
        }
    }

    private async Task ThrowOnFailureAsync(HttpStatusCode status, JsonElement? root, bool inTransaction, CancellationToken cancellationToken)
    {
        if (status == HttpStatusCode.Unauthorized)
            throw new StoreException(
                $"{Description} rejected the credentials of user '{_options.LoginUser}' (HTTP 401): check {Neo4jOptions.SectionName}:User and :Password.");

        var errors = root is { } r ? TransientErrorClassifier.ParseErrors(r) : [];
        if (errors.Any(e => e.Code == "Neo.ClientError.Database.DatabaseNotFound"))
            throw new QueryApiException(
                $"{Description}: the database does not exist (HTTP {(int)status}). Create it (CREATE DATABASE) or set {Neo4jOptions.SectionName}:Database.",
                status, errors, isTransient: false, QueryApiFailure.DatabaseNotFound);

        if (inTransaction && (errors.Any(IsTransactionNotFound) || (status == HttpStatusCode.NotFound && errors.Count == 0)))
            throw new QueryApiException(
                $"{Description} no longer knows the transaction (HTTP {(int)status}): it expired, was terminated, or the request reached " +
                "another cluster member. Behind a load balancer, make sessions sticky (neo4j-cluster-affinity) " +
                $"or set {Neo4jOptions.SectionName}:ExplicitTransactions=false.",
                status, errors, isTransient: false, QueryApiFailure.TransactionNotFound);

        if (inTransaction && errors.Any(e => e.Code == "Neo.ClientError.Transaction.ConcurrentRequest"))
            throw new QueryApiException(
                $"{Description} refused the request: a statement of the transaction is still running (HTTP {(int)status}).",
                status, errors, isTransient: false, QueryApiFailure.TransactionBusy);

        if (status == HttpStatusCode.NotFound && errors.Count == 0)
            throw await NotFoundAsync(cancellationToken).ConfigureAwait(false);

        if (errors.Count > 0)
        {
            var memory = errors.Any(e => e.Code == TransientErrorClassifier.MemoryLimitCode);
            throw new QueryApiException(
                $"{Description} failed: {string.Join("; ", errors)}", status, errors,
                TransientErrorClassifier.IsRetryable(errors), memory ? QueryApiFailure.MemoryLimit : QueryApiFailure.Error);
        }

        if ((int)status is < 200 or > 299)
            throw new QueryApiException(
                $"{Description} answered HTTP {(int)status}.", status, errors,
                TransientErrorClassifier.IsRetryableStatus(status) || (int)status >= 500);
    }

    private static bool IsTransactionNotFound(QueryApiError error) =>
        error.Code == "Neo.ClientError.Transaction.TransactionNotFound"
        || (error.Code == "Neo.ClientError.Request.Invalid" && error.Message.Contains("was not found", StringComparison.Ordinal));

    /// <summary>A bare 404: the discovery document at <c>/</c> tells a disabled Query API from a wrong address.</summary>
    private async Task<QueryApiException> NotFoundAsync(CancellationToken cancellationToken)
    {
        bool? advertised = null;
        try
        {
            using var discovery = new HttpRequestMessage(HttpMethod.Get, "/");
            using var response = await _http.SendAsync(discovery, cancellationToken).ConfigureAwait(false);
            using var document = ParseJson(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            if (document?.RootElement is { ValueKind: JsonValueKind.Object } root)
                advertised = root.TryGetProperty("query", out _);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or TaskCanceledException)
        {
            // No discovery document either: report the 404 as it is.
        }
        return advertised == false
            ? new QueryApiException(
                $"{Description}: the Query API is not enabled on this server (HTTP 404; its discovery document lists no 'query' endpoint). " +
                "Add QUERY_API to server.http_enabled_modules (Neo4j 5.19 or later) and restart it.",
                HttpStatusCode.NotFound, [], isTransient: false, QueryApiFailure.QueryApiDisabled)
            : new QueryApiException(
                $"{Description} answered HTTP 404 for the Query API path: check that {Neo4jOptions.SectionName}:Uri is the server's HTTP address " +
                "(port 7474 by default, not the Bolt port 7687).",
                HttpStatusCode.NotFound, [], isTransient: false);
    }

    private static JsonDocument? ParseJson(byte[] body)
    {
        if (body.Length == 0) return null;
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
