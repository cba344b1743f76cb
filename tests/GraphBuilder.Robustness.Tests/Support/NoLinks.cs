namespace GraphBuilder.Robustness.Tests.Support;

/// <summary>Enumeration that never follows symlinks: some cases plant links to "." and "..", which would loop.</summary>
public static class NoLinks
{
    public static EnumerationOptions Recursive { get; } = new() { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
}
