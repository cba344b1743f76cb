using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using GraphBuilder.Export;
using GraphBuilder.Graph;
using GraphBuilder.Schema;
using GraphBuilder.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphBuilder.Web;

/// <summary>Maps the served graph view onto an app that has an <see cref="IGraphViewSource"/> registered.</summary>
public static class GraphViewEndpoints
{
    /// <summary>The server-sent event name the page refreshes on; its data is the graph version.</summary>
    internal const string ChangedEventName = "graph-changed";

    /// <summary>The server-sent event carrying the <see cref="ViewStatus"/> JSON, on connect and after each report.</summary>
    internal const string StatusEventName = "status";

    /// <summary>The response headers of <c>/api/graph</c> naming the version the graph is at least as new as, and its run.</summary>
    internal const string VersionHeader = "X-Graph-Version";
    internal const string EpochHeader = "X-Graph-Epoch";

    /// <summary>On a first view (<c>/api/graph?top=N</c> of a large graph): the whole graph's entities (reports apart) and relationships.</summary>
    internal const string TotalEntitiesHeader = "X-Graph-Total-Entities";
    internal const string TotalRelationshipsHeader = "X-Graph-Total-Relationships";

    /// <summary>
    /// Maps, under <paramref name="prefix"/>: <c>/</c> the page, <c>/api/graph</c> the graph as
    /// export JSON (<see cref="JsonGraphWriter"/>) with the version it holds in <c>X-Graph-Version</c>
    /// and <c>X-Graph-Epoch</c> (with <c>?top=N</c>, a graph of more than 3,000 relationships is served as its N
    /// busiest entities with what lies among them, see <see cref="GraphFirstView"/>, the whole graph's totals in
    /// <c>X-Graph-Total-Entities</c> and <c>X-Graph-Total-Relationships</c>), <c>/api/changes?since=V&amp;epoch=E</c> the change sets after that
    /// version (or, in <c>reload</c>, why the page must fetch the whole graph instead),
    /// <c>/api/events</c> a server-sent events stream sending <c>graph-changed</c> with the current
    /// version on connect and after each change (and <c>status</c> when a <see cref="GraphViewStatus"/>
    /// is registered), and <c>/api/status</c> the current <see cref="ViewStatus"/>.
    /// </summary>
    public static RouteGroupBuilder MapGraphView(this IEndpointRouteBuilder endpoints, string prefix = "/")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Fail at start-up, not on the first request, when nothing provides the graph.
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(IGraphViewSource)) == false)
        {
            throw new InvalidOperationException(
                $"MapGraphView needs an {nameof(IGraphViewSource)} service: call services.{nameof(GraphViewServiceCollectionExtensions.AddGraphView)}() " +
                $"with an IGraphStore registered, or register your own {nameof(IGraphViewSource)}.");
        }
        var basePath = "/" + prefix.Trim('/');
        var group = endpoints.MapGroup(basePath);

        // HEAD as well as GET: Kestrel sends the headers and drops the body.
        string[] getOrHead = [HttpMethods.Get, HttpMethods.Head];
        group.MapMethods("/", getOrHead, (HttpContext http) =>
        {
            // Absolute URLs, so the page works at ".../prefix" as well as ".../prefix/".
            var root = (http.Request.PathBase + new PathString(basePath)).Value!.TrimEnd('/');
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.ContentSecurityPolicy = GraphPage.LiveContentSecurityPolicy;
            var vocabulary = http.RequestServices.GetService<Vocabulary>();
            return Results.Content(GraphPage.RenderLive(vocabulary, root + "/api/graph", root + "/api/events", root + "/api/status", root + "/api/changes"), "text/html; charset=utf-8");
        });

        group.MapGet("/api/status", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(http.RequestServices.GetService<GraphViewStatus>()?.Current ?? ViewStatus.Unknown, JsonSerializerOptions.Web);
        });

        group.MapMethods("/api/graph", getOrHead, async (IGraphViewSource source, HttpContext http, string? top, CancellationToken cancellationToken) =>
        {
            var busiest = 0;
            if (top is not null && (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out busiest) || busiest < 1))
                return Results.Text("top must be a whole number of entities, at least 1", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            // The version is read before the graph: the graph holds at least every change up to it, and a later change
            // the page applies again from the feed is an upsert or removal by id, harmless twice.
            var changes = http.RequestServices.GetService<GraphChangeBroadcaster>();
            var version = changes?.Version;
            GraphData graph;
            try
            {
                graph = await source.ReadGraphAsync(cancellationToken);
            }
            catch (StoreException ex)
            {
                // Before the first sync, or while the store is unreachable or damaged: a plain answer the page shows, not a 500.
                http.Response.Headers.CacheControl = "no-store";
                http.Response.Headers.RetryAfter = "5";
                return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            if (busiest > 0 && GraphFirstView.Select(graph, http.RequestServices.GetService<Vocabulary>(), busiest) is { } part)
            {
                graph = part.Graph;
                http.Response.Headers[TotalEntitiesHeader] = part.TotalEntities.ToString(CultureInfo.InvariantCulture);
                http.Response.Headers[TotalRelationshipsHeader] = part.TotalRelationships.ToString(CultureInfo.InvariantCulture);
            }
            using var buffer = new MemoryStream();
            JsonGraphWriter.Write(graph, buffer, indented: false);
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            if (changes is not null)
            {
                http.Response.Headers[VersionHeader] = version!.Value.ToString(CultureInfo.InvariantCulture);
                http.Response.Headers[EpochHeader] = changes.Epoch;
            }
            return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
        });

        group.MapGet("/api/changes", (HttpContext http, string? since, string? epoch) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            if (!long.TryParse(since, NumberStyles.None, CultureInfo.InvariantCulture, out var from) || string.IsNullOrEmpty(epoch))
                return Results.Text("give since=VERSION and epoch=EPOCH from /api/graph's X-Graph-Version and X-Graph-Epoch headers", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            var changes = http.RequestServices.GetService<GraphChangeBroadcaster>()?.ReadChangesSince(epoch, from)
                ?? new GraphChangesSince(0, [], "this server keeps no change feed");
            // A reload is an answer, not an error (a 4xx would be logged in the browser's console on every restart).
            return Results.Text(ChangesJson(changes, epoch), "application/json; charset=utf-8");
        });

        group.MapGet("/api/events", (IGraphViewSource source, IServiceProvider services, IHostApplicationLifetime lifetime, CancellationToken requestAborted) =>
            TypedResults.ServerSentEvents(ChangeEvents(source, services.GetService<GraphViewStatus>(), requestAborted, lifetime.ApplicationStopping)));

        return group;
    }

    /// <summary><c>{"epoch","version","changes":[{"version","change":{…}}]}</c>, or <c>{"epoch","version","reload":"why"}</c>.</summary>
    private static string ChangesJson(GraphChangesSince changes, string epoch)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("epoch", epoch);
            json.WriteNumber("version", changes.Version);
            if (changes.ReloadBecause is { } reason) json.WriteString("reload", reason);
            json.WriteStartArray("changes");
            foreach (var change in changes.Changes)
            {
                json.WriteStartObject();
                json.WriteNumber("version", change.Version);
                json.WritePropertyName("change");
                json.WriteRawValue(change.Json!, skipInputValidation: true);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    // Ends with the request or with the application, so open pages never hold up shutdown.
    private static async IAsyncEnumerable<SseItem<string>> ChangeEvents(
        IGraphViewSource source, GraphViewStatus? status, CancellationToken requestAborted, CancellationToken stopping,
        [EnumeratorCancellation] CancellationToken enumeration = default)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, stopping, enumeration);
        // Graph versions and status reports arrive independently; one channel interleaves them.
        var events = Channel.CreateUnbounded<SseItem<string>>(new UnboundedChannelOptions { SingleReader = true });
        var pumps = new List<Task>
        {
            Pump(source.WatchChangesAsync(cancel.Token), version =>
            {
                var text = version.ToString(CultureInfo.InvariantCulture);
                return new SseItem<string>(text, ChangedEventName) { EventId = text };
            }, events.Writer, cancel.Token),
        };
        if (status is not null)
        {
            pumps.Add(Pump(status.WatchAsync(cancel.Token),
                s => new SseItem<string>(JsonSerializer.Serialize(s, JsonSerializerOptions.Web), StatusEventName), events.Writer, cancel.Token));
        }
        // Both sources end quietly when cancelled, which completes the channel and ends this stream without an exception.
        _ = Task.WhenAll(pumps).ContinueWith(done => events.Writer.TryComplete(done.Exception), TaskScheduler.Default);
        await foreach (var item in events.Reader.ReadAllAsync().ConfigureAwait(false))
            yield return item;
    }

    private static async Task Pump<T>(IAsyncEnumerable<T> values, Func<T, SseItem<string>> toEvent, ChannelWriter<SseItem<string>> writer, CancellationToken cancellationToken)
    {
        await foreach (var value in values.WithCancellation(cancellationToken).ConfigureAwait(false))
            await writer.WriteAsync(toEvent(value), cancellationToken).ConfigureAwait(false);
    }
}
