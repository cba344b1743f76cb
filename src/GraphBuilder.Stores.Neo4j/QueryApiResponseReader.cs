using System.Text.Json;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Reads a successful (2xx, error-free) Query API body into a <see cref="QueryApiResponse"/>, or says what
/// is wrong with it. A body that is empty, not JSON, not an object, or lacks what the endpoint documents
/// (<c>data.fields</c> and <c>data.values</c> for a statement, <c>transaction.id</c> for a begin)
/// is never "no rows": a proxy, a load balancer or a crashing server sent it, and what happened on the server
/// is unknown.
/// </summary>
internal static class QueryApiResponseReader
{
    /// <summary>The response, or null with <paramref name="problem"/> naming what the body lacks.</summary>
    public static QueryApiResponse? TryRead(QueryApiCall call, byte[] body, JsonElement? root, out string problem)
    {
        problem = "";
        if (body.Length == 0) return Fail("an empty body", out problem);
        if (root is not { } json) return Fail($"a body that is not JSON ({Preview(body)})", out problem);
        if (json.ValueKind != JsonValueKind.Object) return Fail($"JSON that is not an object ({Preview(body)})", out problem);

        string[] fields = [];
        var values = new List<IReadOnlyList<object?>>();
        if (call is QueryApiCall.Query or QueryApiCall.Run)
        {
            if (!json.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
                || !data.TryGetProperty("fields", out var f) || f.ValueKind != JsonValueKind.Array
                || !data.TryGetProperty("values", out var v) || v.ValueKind != JsonValueKind.Array)
                return Fail("JSON without data.fields and data.values", out problem);
            fields = f.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : "").ToArray();
            foreach (var row in v.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != fields.Length)
                    return Fail($"a row that does not have the {fields.Length} fields of data.fields", out problem);
                try
                {
                    values.Add(row.EnumerateArray().Select(TypedJson.Read).ToArray());
                }
                catch (Exception ex) when (ex is FormatException or KeyNotFoundException or InvalidOperationException or OverflowException)
                {
                    return Fail($"a value that is not typed JSON ({ex.Message})", out problem);
                }
            }
        }

        string? transactionId = null;
        if (json.TryGetProperty("transaction", out var tx) && tx.ValueKind == JsonValueKind.Object
            && tx.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            transactionId = id.GetString();
        if (call == QueryApiCall.Begin && string.IsNullOrEmpty(transactionId))
            return Fail("JSON without transaction.id", out problem);

        // A commit's bookmarks are not required: its documented body could not be confirmed here, and refusing
        // a real server's commit would fail every sync. An empty, cut-off or non-JSON commit answer still fails.
        var hasBookmarks = json.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array;
        string[] bookmarks = hasBookmarks ? b.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [];
        return new QueryApiResponse(fields, values, bookmarks, transactionId);
    }

    private static QueryApiResponse? Fail(string what, out string problem)
    {
        problem = what;
        return null;
    }

    /// <summary>The body's start, one line, so a message shows whose answer it was (an HTML error page, a proxy's text).</summary>
    private static string Preview(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 60));
        var line = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return body.Length > 60 ? $"\"{line}…\"" : $"\"{line}\"";
    }
}
