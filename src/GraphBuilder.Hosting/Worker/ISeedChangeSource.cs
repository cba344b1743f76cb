using System.Threading.Channels;

namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// Signals that something under the seeds folder changed. The worker reads <see cref="Changes"/>; what
/// changed does not matter to it, since every sync reloads the folder (re-parsing only changed files).
/// </summary>
internal interface ISeedChangeSource
{
    /// <summary>Starts watching; calling it again does nothing. Signals from before the call are not produced.</summary>
    void Start();

    /// <summary>Change signals, in arrival order. Never completed while the source is alive.</summary>
    ChannelReader<SeedChange> Changes { get; }
}
