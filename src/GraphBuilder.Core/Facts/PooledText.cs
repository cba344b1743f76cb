using System.Buffers;

namespace GraphBuilder.Facts;

/// <summary>Text appended into a buffer from the shared pool (grown by doubling), then copied once into a string; dispose to return the buffer.</summary>
internal struct PooledText(int capacity) : IDisposable
{
    private char[] _buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, capacity));

    public int Length { get; private set; }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + text.Length));
            _buffer.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }
        text.CopyTo(_buffer.AsSpan(Length));
        Length += text.Length;
    }

    public override readonly string ToString() => new(_buffer, 0, Length);

    public readonly void Dispose() => ArrayPool<char>.Shared.Return(_buffer);
}
