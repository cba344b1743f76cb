using System.Net;
using System.Text.Json;

namespace GraphBuilder.Testing.Neo4j;

/// <summary>A scripted answer of the fake Query API server, in the shapes Neo4j documents.</summary>
public sealed record FakeQueryApiResponse(int Status, string? Body, TimeSpan Delay = default, bool ResetConnection = false)
{
    /// <summary>The <c>neo4j-cluster-affinity</c> header to send, when the answer opens or belongs to a transaction.</summary>
    public string? Affinity { get; init; }

    /// <summary>202 with <c>{"data":{"fields","values"},"bookmarks"}</c>; values are written as typed JSON.</summary>
    public static FakeQueryApiResponse Ok(IReadOnlyList<string>? fields = null, IEnumerable<IReadOnlyList<object?>>? rows = null, IReadOnlyList<string>? bookmarks = null) =>
        new((int)HttpStatusCode.Accepted, ResultBody(fields ?? [], rows ?? [], bookmarks ?? [], transactionId: null));

    /// <summary>An error body <c>{"errors":[{"code","message"}]}</c>; Neo4j sends transient errors with 400 too.</summary>
    public static FakeQueryApiResponse Error(string code, string message = "scripted failure", int status = 400) =>
        new(status, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));

    /// <summary>
    /// 202 with some rows and then <c>errors</c> in the same body: what Neo4j streams when a statement
    /// fails after it started answering (the status was sent before the failure).
    /// </summary>
    public static FakeQueryApiResponse ErrorAfterData(string code, string message = "scripted failure",
        IReadOnlyList<string>? fields = null, IEnumerable<IReadOnlyList<object?>>? rows = null) =>
        new((int)HttpStatusCode.Accepted, ResultBody(fields ?? ["n"], rows ?? [[1L]], [], transactionId: null, errors: [(code, message)]));

    /// <summary>404 for an explicit transaction the server does not know (expired, terminated, or on another member).</summary>
    public static FakeQueryApiResponse TransactionNotFound(string transactionId) =>
        Error("Neo.ClientError.Request.Invalid",
            $"Transaction with Id: \"{transactionId}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.",
            404);

    /// <summary>Neo4j's answer to a request (a rollback too) for a transaction whose statement still runs.</summary>
    public static FakeQueryApiResponse ConcurrentRequest() =>
        Error("Neo.ClientError.Transaction.ConcurrentRequest", "There were concurrent requests accessing the same transaction, which is not allowed.");

    public static FakeQueryApiResponse Unauthorized() =>
        Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.", 401);

    public static FakeQueryApiResponse DatabaseNotFound(string database) =>
        Error("Neo.ClientError.Database.DatabaseNotFound", $"Database {database} not found", 404);

    /// <summary>A bare status such as 502, 503 or 504 with no Neo4j body (a proxy's answer).</summary>
    public static FakeQueryApiResponse StatusOnly(int status) => new(status, null);

    /// <summary>Waits before answering (to trip per-attempt timeouts).</summary>
    public static FakeQueryApiResponse Slow(TimeSpan delay, FakeQueryApiResponse? then = null) => (then ?? Ok()) with { Delay = delay };

    /// <summary>Aborts the connection without an answer.</summary>
    public static FakeQueryApiResponse ConnectionReset() => new(0, null, ResetConnection: true);

    internal static string ResultBody(IReadOnlyList<string> fields, IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyList<string> bookmarks, string? transactionId,
        IReadOnlyList<(string Code, string Message)>? errors = null, DateTimeOffset? expires = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteStartArray("fields");
            foreach (var f in fields) json.WriteStringValue(f);
            json.WriteEndArray();
            json.WriteStartArray("values");
            foreach (var row in rows)
            {
                json.WriteStartArray();
                foreach (var v in row) FakeTypedJson.Write(json, v);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            if (errors is { Count: > 0 })
            {
                // After data, as Neo4j's streaming result writer puts them.
                json.WriteStartArray("errors");
                foreach (var (code, message) in errors)
                {
                    json.WriteStartObject();
                    json.WriteString("code", code);
                    json.WriteString("message", message);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteStartArray("bookmarks");
            foreach (var b in bookmarks) json.WriteStringValue(b);
            json.WriteEndArray();
            if (transactionId is not null)
            {
                json.WriteStartObject("transaction");
                json.WriteString("id", transactionId);
                json.WriteString("expires", (expires ?? DateTimeOffset.UtcNow.AddSeconds(30)).ToString("O"));
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
