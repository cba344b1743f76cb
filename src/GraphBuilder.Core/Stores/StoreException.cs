namespace GraphBuilder.Stores;

/// <summary>
/// A store failure with a message fit for the user (never a password). <see cref="IsTransient"/>
/// says whether retrying later may succeed (server down, timeouts), so the worker keeps the change.
/// </summary>
public class StoreException(string message, bool isTransient = false, Exception? innerException = null)
    : Exception(message, innerException)
{
    public bool IsTransient { get; } = isTransient;
}
