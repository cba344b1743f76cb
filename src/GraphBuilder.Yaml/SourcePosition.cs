namespace GraphBuilder.Validation;

/// <summary>A place in an input file, 1-based, printed as <c>path:line:column</c>.</summary>
public readonly record struct SourcePosition(string Path, int Line, int Column)
{
    public static SourcePosition StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
