using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Testing;

namespace GraphBuilder.Robustness.Tests.BadInput;

/// <summary>The bytes of a store synced (by the real CLI) from tests/fixtures/bad-input/_base, made once per test class.</summary>
public sealed class BaseStore : IAsyncLifetime
{
    public byte[] Bytes { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        using var folder = new TempFolder("gb-base");
        folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        var result = await CliProcess.RunAsync(folder.Path, "sync", "--seeds", "seeds", "--db", "graph.db", "--schema", RepoPaths.Schema);
        Assert.True(result.ExitCode == 0, result.ToString());
        Bytes = await File.ReadAllBytesAsync(folder.File("graph.db"));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
