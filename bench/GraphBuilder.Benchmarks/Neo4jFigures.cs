namespace GraphBuilder.Benchmarks;

/// <summary>What the Neo4j step reports: requests sent, rows written, and the time the sync took.</summary>
public sealed record Neo4jFigures(int Requests, long Rows, TimeSpan Duration)
{
    /// <summary>Requests an unchanged re-sync sends (the snapshot pages, when nothing changed).</summary>
    public int UnchangedResyncRequests { get; init; }

    /// <summary>Write transactions the full sync committed.</summary>
    public int Transactions { get; init; }

    /// <summary>The most rows one committed transaction carried.</summary>
    public int LargestTransactionRows { get; init; }

    /// <summary>Units of work retried (e.g. after the stand-in's per-transaction row limit).</summary>
    public int Retries { get; init; }

    /// <summary>The stand-in's per-transaction row limit during the run.</summary>
    public int TransactionRowLimit { get; init; }

    /// <summary>Peak working set of the stand-in's own process, holding the synced graph.</summary>
    public double StandInPeakMb { get; init; }

    /// <summary>Peak working set of the real CLI running <c>sync --store neo4j</c> into an empty stand-in (null without GNU time).</summary>
    public double? CliSyncPeakMb { get; init; }

    public double RowsPerRequest => Requests == 0 ? 0 : (double)Rows / Requests;
}
