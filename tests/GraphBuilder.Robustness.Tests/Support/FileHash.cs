using System.Security.Cryptography;

namespace GraphBuilder.Robustness.Tests.Support;

/// <summary>SHA-256 of a file's bytes, for "left byte-for-byte unchanged" checks.</summary>
public static class FileHash
{
    public static string Of(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
