using Xunit;

namespace GraphBuilder.Testing;

/// <summary>Polls for a condition that a worker or child process makes true asynchronously; bounded, never a speed assertion.</summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static async Task TrueAsync(Func<bool> condition, string what, Func<string>? context = null) =>
        await TrueAsync(() => Task.FromResult(condition()), what, context);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, Func<string>? context = null)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"timed out after {Timeout.TotalSeconds} s waiting until {what}\n{context?.Invoke()}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
