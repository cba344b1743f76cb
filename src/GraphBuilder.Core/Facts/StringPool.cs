using System.Runtime.CompilerServices;
using System.Collections.Concurrent;

namespace GraphBuilder.Facts;

/// <summary>
/// One copy of each reference string (types, kinds, entity and source ids used as subject,
/// object or citation source) for one load, shared by the files parsed in parallel: the parser
/// allocates a new string per occurrence, and a 100k-fact corpus would otherwise keep ~400k copies.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Intern(string value) => _strings.GetOrAdd(value, value);

    /// <summary>The pooled copy of <paramref name="value"/>; a string is made only the first time.</summary>
    [MethodImpl(HotPath.Options)]
    public string Intern(ReadOnlySpan<char> value) =>
        _strings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var pooled) ? pooled : Intern(new string(value));
}
