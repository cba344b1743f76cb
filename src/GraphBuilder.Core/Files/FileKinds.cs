using System.Runtime.InteropServices;

namespace GraphBuilder.Files;

/// <summary>
/// Tells regular files from devices, pipes and sockets, which .NET's file APIs do not: they report all three as
/// files of length 0. On Linux it asks the kernel (statx, whose layout is the same on every architecture); elsewhere
/// it can only tell folders and links apart, and takes anything else for a regular file.
/// </summary>
public static class FileKinds
{
    private const int AtCurrentFolder = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // struct statx: stx_mask, stx_blksize, stx_attributes, stx_nlink, stx_uid, stx_gid, then stx_mode
    private const int StatxSize = 256;

    /// <param name="followLinks">False: a symbolic link is <see cref="FileKind.SymbolicLink"/>; true: the kind of what it points to.</param>
    public static FileKind Of(string path, bool followLinks)
    {
        if (OperatingSystem.IsLinux())
        {
            var buffer = new byte[StatxSize];
            try
            {
                if (Statx(AtCurrentFolder, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, buffer) != 0) return FileKind.Missing;
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                return Managed(path, followLinks);
            }
            return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0xA000 => FileKind.SymbolicLink,
                _ => FileKind.Special,
            };
        }
        return Managed(path, followLinks);
    }

    private static FileKind Managed(string path, bool followLinks)
    {
        if (!followLinks && new FileInfo(path).LinkTarget is not null) return FileKind.SymbolicLink;
        if (Directory.Exists(path)) return FileKind.Directory;
        return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
