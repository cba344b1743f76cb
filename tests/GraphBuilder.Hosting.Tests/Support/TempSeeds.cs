namespace GraphBuilder.Hosting.Tests.Support;

/// <summary>A temporary folder holding a copy of the shipped seeds and room for a store file; deleted on dispose.</summary>
internal sealed class TempSeeds : IDisposable
{
    public TempSeeds(bool copySeeds = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "gb-worker-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        if (copySeeds) Testing.TempSeeds.CopyFolder(TestPaths.Seeds, Seeds);
    }

    public string Root { get; }
    public string Seeds => Path.Combine(Root, "seeds");
    public string Database => Path.Combine(Root, "graph.db");

    public string PathOf(string relative) => Path.Combine(Seeds, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    /// <summary>Replaces the first occurrence of <paramref name="old"/> in a seed file (which must contain it).</summary>
    public void Edit(string relative, string old, string replacement)
    {
        var text = Read(relative);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{old}' not found in {relative}");
        Write(relative, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the temp folder is cleaned up eventually.
        }
    }
}
