using System.Net;
using System.Text.Json;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Decides which failures may succeed when tried again. Neo4j reports transient errors with
/// HTTP 400 (or 202) like any other error, so the decision reads the error codes in the body.
/// </summary>
public static class TransientErrorClassifier
{
    // Transient by class, but retrying cannot help: the transaction was killed or its client stopped.
    private static readonly HashSet<string> NotRetried = new(StringComparer.Ordinal)
    {
        "Neo.TransientError.Transaction.Terminated",
        "Neo.TransientError.Transaction.LockClientStopped",
    };

    public static bool IsRetryableCode(string code) =>
        code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) && !NotRetried.Contains(code);

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

    /// <summary>Reads <c>{"errors":[{"code","message"}]}</c>; results (whose first key is not "errors") are not parsed.</summary>
    public static IReadOnlyList<QueryApiError> ParseErrors(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return [];
            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("errors"u8)) return [];
            using var document = JsonDocument.Parse(body.ToArray());
            return document.RootElement.GetProperty("errors").EnumerateArray()
                .Select(e => new QueryApiError(
                    e.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "",
                    e.TryGetProperty("message", out var m) ? m.GetString() ?? "" : ""))
                .ToArray();
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
