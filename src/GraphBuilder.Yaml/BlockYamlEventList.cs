using System.Runtime.CompilerServices;
using System.Buffers;

namespace GraphBuilder.Yaml;

/// <summary>
/// A file's events in a pooled array: a seed file has tens of thousands of events, and a fresh
/// array per file would land on the large-object heap every time.
/// </summary>
internal sealed class BlockYamlEventList : IDisposable
{
    private BlockYamlEvent[] _items = ArrayPool<BlockYamlEvent>.Shared.Rent(1024);

    public int Count { get; private set; }

    public ref BlockYamlEvent this[int index] => ref _items[index];

    [MethodImpl(HotPath.Options)]
    public void Add(in BlockYamlEvent item)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<BlockYamlEvent>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(larger);
            Return();
            _items = larger;
        }
        _items[Count++] = item;
    }

    public void Dispose()
    {
        Return();
        _items = [];
        Count = 0;
    }

    private void Return()
    {
        // The events hold strings: cleared, so a pooled array does not keep a file's values alive.
        if (_items.Length > 0) ArrayPool<BlockYamlEvent>.Shared.Return(_items, clearArray: true);
    }
}
