using System.Threading.Channels;
using GraphBuilder.Hosting.Worker;

namespace GraphBuilder.Hosting.Tests.Support;

/// <summary>A change source the test drives by hand instead of the file system.</summary>
internal sealed class ManualSeedChangeSource : ISeedChangeSource
{
    private readonly Channel<SeedChange> _changes = Channel.CreateUnbounded<SeedChange>();

    public ChannelReader<SeedChange> Changes => _changes.Reader;

    public void Start()
    {
    }

    public void Push(SeedChange change) => _changes.Writer.TryWrite(change);
}
