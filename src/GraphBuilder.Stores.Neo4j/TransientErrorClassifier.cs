using System.Net;
using System.Text.Json;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Decides which failures may succeed when tried again (<see cref="Codes"/>). Neo4j reports transient errors with
/// HTTP 400 (or 202) like any other error, so the decision reads the error codes in the body.
/// </summary>
internal static class TransientErrorClassifier
{
    /// <summary>The transaction outgrew Neo4j's transaction memory: retried only with smaller transactions.</summary>
    public const string MemoryLimitCode = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";

    private const string TransientClass = "Neo.TransientError.";

    /// <summary>
    /// Which error codes a fresh transaction may get past: the drivers' managed-transaction contract
    /// (neo4j-python-driver <c>exceptions.py</c>, neo4j-java-driver <c>ExponentialBackoffRetryLogic</c>), in one table.
    /// Exact codes win over the <c>Neo.TransientError.*</c> class; every other code fails at once.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (bool Retried, string Why)> Codes = new Dictionary<string, (bool, string)>(StringComparer.Ordinal)
    {
        [TransientClass + "*"] = (true, "transient by Neo4j's classification (deadlock, lock timeout, database unavailable, ...)"),
        ["Neo.TransientError.General.DatabaseUnavailable"] = (true, "the database is starting, stopping or switching cluster roles"),
        ["Neo.ClientError.Cluster.NotALeader"] = (true, "the write reached a member that is no longer the leader; the drivers treat it as a session expired"),
        ["Neo.ClientError.General.ForbiddenOnReadOnlyDatabase"] = (true, "the write reached a member that became read-only (a role change); the drivers treat it as a session expired"),
        ["Neo.ClientError.Security.AuthorizationExpired"] = (true, "the server asks to authenticate again; every HTTP request does"),
        ["Neo.TransientError.Transaction.Terminated"] = (false, "someone terminated the transaction (Neo4j 5 reclassifies it as a client error; the drivers do too)"),
        ["Neo.TransientError.Transaction.LockClientStopped"] = (false, "the transaction was stopped while waiting for a lock (reclassified like Terminated)"),
        [MemoryLimitCode] = (false, "the same transaction would run out of memory again; the store retries with smaller ones"),
    };

    public static bool IsRetryableCode(string code) =>
        Codes.TryGetValue(code, out var rule) ? rule.Retried : code.StartsWith(TransientClass, StringComparison.Ordinal);

    public static bool IsRetryableStatus(HttpStatusCode status) =>
        status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>True when every reported error is retryable (a retry of a mixed batch would fail again).</summary>
    public static bool IsRetryable(IReadOnlyList<QueryApiError> errors) =>
        errors.Count > 0 && errors.All(e => IsRetryableCode(e.Code));

    /// <summary>Classifies a response; buffers its body so the caller can still read it.</summary>
    public static async ValueTask<bool> IsRetryableAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (IsRetryableStatus(response.StatusCode)) return true;
        if (response.StatusCode == HttpStatusCode.Unauthorized) return false;
        var errors = await ReadErrorsAsync(response, cancellationToken).ConfigureAwait(false);
        return IsRetryable(errors);
    }

    /// <summary>The <c>errors</c> array of a response, or empty when there is none.</summary>
    public static async ValueTask<IReadOnlyList<QueryApiError>> ReadErrorsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return ParseErrors(bytes);
    }

    /// <summary>
    /// Every entry of the body's <c>errors</c> array, wherever it stands: Neo4j answers 202 before a
    /// statement has finished and writes <c>errors</c> after <c>data</c> when it fails mid-run.
    /// A body that is not JSON has no errors (the status decides).
    /// </summary>
    public static IReadOnlyList<QueryApiError> ParseErrors(ReadOnlySpan<byte> body)
    {
        // Most bodies are results without errors; skip parsing them twice.
        if (body.IndexOf("\"errors\""u8) < 0) return [];
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            return ParseErrors(document.RootElement);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static IReadOnlyList<QueryApiError> ParseErrors(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? errors.EnumerateArray()
                .Select(e => new QueryApiError(
                    e.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "",
                    e.TryGetProperty("message", out var m) ? m.GetString() ?? "" : ""))
                .ToArray()
            : [];
}
