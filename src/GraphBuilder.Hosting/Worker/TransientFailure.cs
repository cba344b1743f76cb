using GraphBuilder.Stores;

namespace GraphBuilder.Hosting.Worker;

/// <summary>Which sync failures are worth retrying later with the same seeds: the store down or slow, or a file busy mid-save.</summary>
internal static class TransientFailure
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        StoreException store => store.IsTransient,
        HttpRequestException or TimeoutException => true,
        // Not the worker's own stop (checked by the caller first): an HTTP client timing out.
        OperationCanceledException => true,
        // A seed file replaced or locked between listing and reading; the next read normally works.
        IOException => true,
        _ => false,
    };
}
