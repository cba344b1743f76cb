namespace GraphBuilder.Yaml;

/// <summary>
/// One event found by <see cref="BlockYamlParser"/>. A plain scalar keeps only where its text is
/// (<see cref="Start"/>, <see cref="Length"/>); its string is made when someone asks for it.
/// </summary>
internal struct BlockYamlEvent
{
    public YamlEventKind Kind;
    public bool IsPlain;
    public int Line;
    public int Column;
    public int Start;
    public int Length;
    public string? Value;
}
