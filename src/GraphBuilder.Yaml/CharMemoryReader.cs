namespace GraphBuilder.Yaml;

/// <summary>
/// A <see cref="TextReader"/> over characters already in memory (e.g. a pooled buffer), so a seed
/// file's text need not become one large string: the parser reads it once and the buffer is reused.
/// </summary>
internal sealed class CharMemoryReader(ReadOnlyMemory<char> text) : TextReader
{
    private int _position;

    public override int Peek() => _position < text.Length ? text.Span[_position] : -1;

    public override int Read() => _position < text.Length ? text.Span[_position++] : -1;

    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, text.Length - _position);
        text.Span.Slice(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));
}
