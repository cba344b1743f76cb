using System.IO.Hashing;
using System.Runtime.InteropServices;
using GraphBuilder.Facts;

namespace GraphBuilder.Validation;

/// <summary>
/// A hash of everything other files' checks can see of a seed file: its ids with their positions,
/// entity kinds, source documents and entity links. While no file's hash changes (and the
/// documents are the same), every unchanged file's diagnostics, and the cross-file duplicate and
/// link-id checks, come out exactly as before.
/// </summary>
internal static class FileExports
{
    public static UInt128 Of(SeedFile file)
    {
        var hash = new XxHash128();
        Append(hash, file.Path);
        foreach (var source in file.Sources)
        {
            Append(hash, "S");
            Append(hash, source.Id);
            Append(hash, source.Document);
        }
        foreach (var entity in file.Entities)
        {
            Append(hash, "E");
            Append(hash, entity.Id);
            Append(hash, entity.Kind);
            foreach (var link in entity.Links)
            {
                Append(hash, link.Key);
                Append(hash, link.Target);
            }
        }
        foreach (var fact in file.Facts)
        {
            Append(hash, "F");
            Append(hash, fact.Id);
        }
        return hash.GetCurrentHashAsUInt128();
    }

    private static void Append(XxHash128 hash, Field? field)
    {
        if (field is null)
        {
            Append(hash, "\0");
            return;
        }
        Append(hash, field.Value);
        Span<int> at = [field.At.Line, field.At.Column];
        hash.Append(MemoryMarshal.AsBytes(at));
    }

    private static void Append(XxHash128 hash, string text)
    {
        Span<int> length = [text.Length];
        hash.Append(MemoryMarshal.AsBytes(length));
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
