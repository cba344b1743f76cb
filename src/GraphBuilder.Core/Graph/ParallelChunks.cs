namespace GraphBuilder.Graph;

/// <summary>How many pieces a loop over graph elements is cut into: one per core once there are enough to pay for the threads.</summary>
internal static class ParallelChunks
{
    private const int ParallelFrom = 20_000;

    public static int For(int elements) => elements >= ParallelFrom ? Environment.ProcessorCount : 1;
}
