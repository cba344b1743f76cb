namespace GraphBuilder.Benchmarks;

/// <summary>
/// The edit an analyst makes between two syncs: one fact's <c>about</c> text changes in one file.
/// Dispose puts the file back as it was.
/// </summary>
public sealed class OneFactEdit : IDisposable
{
    private readonly string _path;
    private readonly string _original;

    public OneFactEdit(string path, int run)
    {
        _path = path;
        _original = File.ReadAllText(path);
        var facts = _original.IndexOf("\nfacts:\n", StringComparison.Ordinal);
        var about = facts < 0 ? -1 : _original.IndexOf("\n    about: \"", facts, StringComparison.Ordinal);
        if (about < 0) throw new InvalidOperationException($"{path} has no fact with 'about' to edit");
        var end = _original.IndexOf("\"\n", about + 13, StringComparison.Ordinal);
        File.WriteAllText(path, string.Concat(_original.AsSpan(0, end), $" (edited in run {run})", _original.AsSpan(end)));
    }

    public void Dispose() => File.WriteAllText(_path, _original);
}
