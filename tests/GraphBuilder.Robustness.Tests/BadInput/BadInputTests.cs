namespace GraphBuilder.Robustness.Tests.BadInput;

/// <summary>The committed cases of tests/fixtures/bad-input (folders added to the base corpus).</summary>
public sealed class BadInputTests(BaseStore baseStore) : IClassFixture<BaseStore>
{
    public static TheoryData<string> Cases => new(BadInputCase.All.Where(c => !c.Generated).Select(c => c.Case));

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sync_RejectsBadInput_WithPositionAndMessage_AndLeavesStoreUntouched(string name) =>
        BadInputRunner.RunAsync(BadInputCase.All.Single(c => c.Case == name), baseStore.Bytes);

    [Fact]
    public void EveryCommittedCase_HasAFolder_AndEveryFolder_IsACase()
    {
        var folders = Directory.EnumerateDirectories(BadInputCase.Folder).Select(Path.GetFileName).Where(n => n != "_base").Order().ToArray();
        Assert.Equal(BadInputCase.All.Where(c => !c.Generated).Select(c => c.Case).Order().ToArray(), folders);
        Assert.True(BadInputCase.All.Count >= 30, $"only {BadInputCase.All.Count} cases");
    }

    [Fact]
    public void DocsRobustness_ListsEveryCase()
    {
        var doc = File.ReadAllText(Testing.RepoPaths.File("docs", "robustness.md"));
        Assert.All(BadInputCase.All, c => Assert.Contains($"| `{c.Case}`", doc, StringComparison.Ordinal));
    }
}
