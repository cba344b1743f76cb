namespace GraphBuilder.Robustness.Tests.BadInput;

/// <summary>The generated cases of tests/fixtures/bad-input/cases.json: big, binary and symlinked inputs built at test time.</summary>
public sealed class GeneratedBadInputTests(BaseStore baseStore) : IClassFixture<BaseStore>
{
    public static TheoryData<string> Cases => new(BadInputCase.All.Where(c => c.Generated).Select(c => c.Case));

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sync_RejectsGeneratedBadInput_WithPositionAndMessage_AndLeavesStoreUntouched(string name) =>
        BadInputRunner.RunAsync(BadInputCase.All.Single(c => c.Case == name), baseStore.Bytes);
}
