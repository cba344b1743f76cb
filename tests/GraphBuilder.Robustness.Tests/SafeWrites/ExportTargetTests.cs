using System.Diagnostics;
using System.Text.Json;
using GraphBuilder.Files;
using GraphBuilder.Robustness.Tests.BadInput;
using GraphBuilder.Robustness.Tests.Support;

namespace GraphBuilder.Robustness.Tests.SafeWrites;

/// <summary>
/// <c>export -o FILE</c> through the real CLI, against what may already sit at the target or beside it: a planted
/// symlink or a stray file at the old predictable temporary name, a link, a folder, a FIFO or a device at the target.
/// </summary>
public sealed class ExportTargetTests : IDisposable
{
    private readonly TempFolder _folder = new("gb-export-target");

    public ExportTargetTests() => _folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> ExportAsync(string output) =>
        CliProcess.RunAsync(_folder.Path, "export", "--seeds", "seeds", "--schema", RepoPaths.Schema, "-o", output);

    [Fact]
    public async Task Export_NeverFollowsASymlinkPlantedAtATemporaryName()
    {
        var victim = _folder.File("victim.txt");
        File.WriteAllText(victim, "keep me");
        File.CreateSymbolicLink(_folder.File("out.json.tmp"), victim);

        var result = await ExportAsync("out.json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("keep me", File.ReadAllText(victim));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(_folder.File("out.json.tmp"), followLinks: false));
        Assert.Equal(FileKind.Regular, FileKinds.Of(_folder.File("out.json"), followLinks: false));
        using var json = JsonDocument.Parse(File.ReadAllText(_folder.File("out.json")));
        Assert.True(json.RootElement.GetProperty("nodes").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Export_LeavesAnUnrelatedFileAtTheOldTemporaryNameAlone_AndLeavesNoTemporaryBehind()
    {
        File.WriteAllText(_folder.File("out.json.tmp"), "someone else's");

        var result = await ExportAsync("out.json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("someone else's", File.ReadAllText(_folder.File("out.json.tmp")));
        Assert.Equal(["out.json", "out.json.tmp", "seeds"], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Export_RefusesATargetThatIsASymlinkToAFile_AndLeavesBothUntouched()
    {
        var victim = _folder.File("victim.json");
        File.WriteAllText(victim, "keep me");
        File.CreateSymbolicLink(_folder.File("out.json"), victim);

        var result = await ExportAsync("out.json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error: cannot write out.json: it is a symbolic link (to ", result.Stderr, StringComparison.Ordinal);
        result.AssertNoStackTrace();
        Assert.Equal("keep me", File.ReadAllText(victim));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(_folder.File("out.json"), followLinks: false));
    }

    [Fact]
    public async Task Export_RefusesATargetThatIsAFolder_WithExitTwo()
    {
        Directory.CreateDirectory(_folder.File("out.json"));

        var result = await ExportAsync("out.json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error: cannot write out.json: it is a folder", result.Stderr, StringComparison.Ordinal);
        result.AssertNoStackTrace();
        Assert.Empty(Directory.GetFileSystemEntries(_folder.File("out.json")));
    }

    [Fact]
    public async Task Export_ToANamedPipe_WritesTheStreamIntoIt_AndKeepsThePipe()
    {
        var fifo = _folder.File("pipe.json");
        SpecialFiles.MakeFifo(fifo);
        using var reader = Process.Start(new ProcessStartInfo("cat", [fifo]) { RedirectStandardOutput = true })!;
        var read = reader.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            var result = await ExportAsync("pipe.json");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(FileKind.Special, FileKinds.Of(fifo, followLinks: false));
            Assert.True(reader.WaitForExit(TimeSpan.FromSeconds(30)), "the reader never saw the end of the stream");
            using var json = JsonDocument.Parse(await read);
            Assert.True(json.RootElement.GetProperty("nodes").GetArrayLength() > 0);
        }
        finally
        {
            if (!reader.HasExited) reader.Kill();
        }
    }

    [Fact]
    public async Task Export_ToANullDevice_WritesIntoIt_AndKeepsTheDevice()
    {
        var device = _folder.File("null");
        SpecialFiles.MakeDevice(device, "1", "3");

        var result = await ExportAsync("null");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(FileKind.Special, FileKinds.Of(device, followLinks: false));
    }

    [Fact]
    public async Task Export_ToAFullDevice_ExitsOne_NamingTheTarget_AndKeepsTheDevice()
    {
        var device = _folder.File("full");
        SpecialFiles.MakeDevice(device, "1", "7");

        var result = await ExportAsync("full");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error: cannot write full: No space left on device", result.Stderr, StringComparison.Ordinal);
        result.AssertNoStackTrace();
        Assert.Equal(FileKind.Special, FileKinds.Of(device, followLinks: false));
    }

    [Fact]
    public async Task Export_ToDevStdout_WritesToStandardOutput_AndLeavesTheLinkAlone()
    {
        var result = await ExportAsync("/dev/stdout");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.True(json.RootElement.GetProperty("nodes").GetArrayLength() > 0);
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of("/dev/stdout", followLinks: false));
    }
}
