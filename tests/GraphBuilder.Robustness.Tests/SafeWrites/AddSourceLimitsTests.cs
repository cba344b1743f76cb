using GraphBuilder.Robustness.Tests.BadInput;
using GraphBuilder.Robustness.Tests.Support;

namespace GraphBuilder.Robustness.Tests.SafeWrites;

/// <summary>
/// <c>add source FILE</c> through the real CLI applies validation's document rules before it reads (a regular file,
/// within the size limit, UTF-8) and writes nothing when any part fails: no document, no change to sources.yaml.
/// </summary>
public sealed class AddSourceLimitsTests : IDisposable
{
    private readonly TempFolder _folder = new("gb-add-limits");
    private readonly string _sources;
    private readonly string _sourcesBefore;

    public AddSourceLimitsTests()
    {
        var seeds = _folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        _sources = Path.Combine(seeds, "sources.yaml");
        _sourcesBefore = File.ReadAllText(_sources);
    }

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> AddAsync(string report) => CliProcess.RunAsync(_folder.Path,
        "add", "source", report, "--id", "wire-2024-02-01", "--title", "A report", "--publisher", "Wire", "--published", "2024-02-01",
        "--seeds", "seeds", "--schema", RepoPaths.Schema);

    private void AssertNothingWritten(CliResult result, string message)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        result.AssertNoStackTrace();
        Assert.False(File.Exists(_folder.File("seeds", "documents", "wire-2024-02-01.txt")));
        Assert.Equal(_sourcesBefore, File.ReadAllText(_sources));
    }

    [Fact]
    public async Task AddSource_RefusesAFileOverTheSizeLimit_WithoutReadingIt()
    {
        // Sparse: 33 MB that take no disk.
        using (var file = File.Create(_folder.File("huge.txt"))) file.SetLength(33L * 1024 * 1024);

        AssertNothingWritten(await AddAsync("huge.txt"), "document 'huge.txt' is larger than 32 MB");
    }

    [Fact]
    public async Task AddSource_RefusesANamedPipe_InsteadOfWaitingForever()
    {
        SpecialFiles.MakeFifo(_folder.File("pipe.txt"));

        AssertNothingWritten(await AddAsync("pipe.txt"), "document 'pipe.txt' is empty or not a regular file (a pipe, socket or device)");
    }

    [Fact]
    public async Task AddSource_RefusesACharacterDevice_InsteadOfReadingWithoutEnd()
    {
        SpecialFiles.MakeDevice(_folder.File("zero"), "1", "5");

        AssertNothingWritten(await AddAsync("zero"), "document 'zero' is empty or not a regular file (a pipe, socket or device)");
    }

    [Fact]
    public async Task AddSource_RefusesAFolder()
    {
        Directory.CreateDirectory(_folder.File("report"));

        AssertNothingWritten(await AddAsync("report"), "document path 'report' is a folder, not a file");
    }

    [Fact]
    public async Task AddSource_WhenSourcesYamlIsASymlink_RefusesIt_AndRemovesTheCopiedDocument()
    {
        var elsewhere = _folder.File("elsewhere.yaml");
        File.Move(_sources, elsewhere);
        File.CreateSymbolicLink(_sources, elsewhere);
        File.WriteAllText(_folder.File("report.txt"), "Alpha accused Beta of the attack on the ministry.\n");

        var result = await AddAsync("report.txt");

        AssertNothingWritten(result, "it is a symbolic link");
        Assert.Equal(_sourcesBefore, File.ReadAllText(elsewhere));
    }
}
