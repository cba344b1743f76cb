namespace GraphBuilder.Tests;

/// <summary>
/// Tests that change the process's working folder run alone: messages name files relative to it,
/// so any test running beside them would see its paths change.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingFolderCollection
{
    public const string Name = "Working folder";
}
