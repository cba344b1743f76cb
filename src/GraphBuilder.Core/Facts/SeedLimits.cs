namespace GraphBuilder.Facts;

/// <summary>Input size limits that keep memory bounded whatever a file holds.</summary>
public sealed record SeedLimits
{
    /// <summary>Largest seed file or source document read (default 32 MB).</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;
}
