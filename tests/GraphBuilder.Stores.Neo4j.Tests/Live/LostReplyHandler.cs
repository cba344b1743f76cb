using System.Net;

namespace GraphBuilder.Stores.Neo4j.Tests.Live;

/// <summary>
/// Sends matching requests to the real server but answers the client 503 for the first
/// <paramref name="times"/> of them: a reply lost after the server acted, the hardest case for a retry.
/// </summary>
public sealed class LostReplyHandler(Func<HttpRequestMessage, bool> when, int times) : DelegatingHandler
{
    private int _left = times;

    public int Lost { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!when(request) || Interlocked.Decrement(ref _left) < 0) return response;
        response.Dispose();
        Lost++;
        return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request };
    }
}
