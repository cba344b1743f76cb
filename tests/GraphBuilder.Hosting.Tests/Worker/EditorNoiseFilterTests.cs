using GraphBuilder.Hosting.Worker;

namespace GraphBuilder.Hosting.Tests.Worker;

public sealed class EditorNoiseFilterTests
{
    [Theory]
    [InlineData("facts/.hosting.yaml.swp")]
    [InlineData("facts/hosting.yaml~")]
    [InlineData("facts/.#hosting.yaml")]
    [InlineData("facts/#hosting.yaml#")]
    [InlineData("facts/4913")]
    [InlineData("facts/hosting.yaml.tmp")]
    [InlineData(".git/index")]
    [InlineData("graph.db-journal")]
    [InlineData(".goutputstream-XYZ123")]
    public void IsNoise_ForEditorScratchFiles(string path) => Assert.True(EditorNoiseFilter.IsNoise(path));

    [Theory]
    [InlineData("facts/hosting.yaml")]
    [InlineData("entities.yml")]
    [InlineData("documents/000_6248c865962c26c9.txt")]
    [InlineData("facts")]
    public void IsNotNoise_ForSeedFilesDocumentsAndFolders(string path) => Assert.False(EditorNoiseFilter.IsNoise(path));
}
