using System.Diagnostics;

namespace GraphBuilder.Robustness.Tests.Support;

/// <summary>Named pipes and device nodes made at test time (none is committed).</summary>
public static class SpecialFiles
{
    /// <summary>A character device (e.g. 1 5 is /dev/zero, 1 7 /dev/full); skips the test where mknod needs root.</summary>
    public static void MakeDevice(string path, string major, string minor)
    {
        using var mknod = Process.Start("mknod", [path, "c", major, minor]);
        mknod.WaitForExit();
        if (mknod.ExitCode != 0) Assert.Skip("mknod needs root");
    }

    public static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
