using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// A Query API request body (statement, typed-JSON parameters, bookmarks) written straight to the
/// connection with <see cref="Utf8JsonWriter"/>, flushed every <see cref="FlushThreshold"/> bytes, so a
/// 5,000-row UNWIND batch never exists as one byte array (it did: several MB on the large-object heap
/// per request, copied once more). Its length is not known up front, so it travels chunked. Writing it
/// again re-serializes the same request, so an HTTP-level retry sends the same body.
/// </summary>
internal sealed class QueryApiRequestContent : HttpContent
{
    internal const int FlushThreshold = 64 * 1024;

    private readonly QueryApiRequest? _request;

    /// <param name="request">Null for an empty body (<c>{}</c>: opening or committing a transaction).</param>
    public QueryApiRequestContent(QueryApiRequest? request)
    {
        _request = request;
        Headers.ContentType = new MediaTypeHeaderValue(TypedJson.MediaType);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        if (_request is { } request)
        {
            json.WriteString("statement", request.Statement);
            json.WriteStartObject("parameters");
            foreach (var (name, value) in request.Parameters ?? new Dictionary<string, object?>())
            {
                json.WritePropertyName(name);
                // The UNWIND rows (or ids) are the bulk of a body: written and flushed item by item.
                if (value is IReadOnlyList<object?> list) await TypedJson.WriteListAsync(json, list, FlushThreshold, cancellationToken).ConfigureAwait(false);
                else TypedJson.Write(json, value);
            }
            json.WriteEndObject();
            if (request.Bookmarks is { Count: > 0 } bookmarks)
            {
                json.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks) json.WriteStringValue(bookmark);
                json.WriteEndArray();
            }
        }
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
