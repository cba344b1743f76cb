namespace GraphBuilder.Graph;

/// <summary>
/// Sorting compiled elements by id (ordinal) as a stable sort of all files' elements in file order
/// would: each file sorted on its own (in parallel, and kept with the file's cached elements), then
/// the files' runs merged, earlier file first on equal ids.
/// </summary>
internal static class SortedById
{
    /// <summary>Sorted by id, ties kept in their order (as <c>OrderBy</c> does).</summary>
    public static T[] Sort<T>(T[] elements, Func<T, string> idOf)
    {
        var ids = new string[elements.Length];
        var order = new int[elements.Length];
        for (var i = 0; i < ids.Length; i++) (ids[i], order[i]) = (idOf(elements[i]), i);
        Array.Sort(ids, order, StringComparer.Ordinal);
        // The sort is not stable: put each run of a repeated id (only in a corpus validation rejects) back in its order.
        for (var start = 0; start < ids.Length;)
        {
            var end = start + 1;
            while (end < ids.Length && string.Equals(ids[end], ids[start], StringComparison.Ordinal)) end++;
            if (end - start > 1) Array.Sort(order, start, end - start);
            start = end;
        }
        var sorted = new T[elements.Length];
        for (var i = 0; i < sorted.Length; i++) sorted[i] = elements[order[i]];
        return sorted;
    }

    /// <summary>
    /// Merges sorted runs into one sorted array, on equal ids the earlier run first. A large merge is cut
    /// into id ranges (split ids taken from the longest run; equal ids never straddle a cut), one per core.
    /// </summary>
    public static T[] Merge<T>(T[][] runs, Func<T, string> idOf)
    {
        var total = 0;
        foreach (var run in runs) total += run.Length;
        var merged = new T[total];
        var parts = ParallelChunks.For(total);
        var longest = runs.Length == 0 ? [] : runs.MaxBy(r => r.Length)!;
        // cuts[p][r]: where range p starts in run r; range p ends where p + 1 starts.
        var cuts = new int[parts + 1][];
        cuts[0] = new int[runs.Length];
        cuts[parts] = runs.Select(r => r.Length).ToArray();
        for (var p = 1; p < parts; p++)
        {
            var split = idOf(longest[longest.Length * p / parts]);
            cuts[p] = runs.Select(r => FirstNotBefore(r, split, idOf)).ToArray();
        }
        var offsets = new int[parts];
        for (var p = 1; p < parts; p++) offsets[p] = cuts[p].Sum();
        Parallel.For(0, parts, p => MergeRange(runs, cuts[p], cuts[p + 1], merged, offsets[p], idOf));
        return merged;
    }

    /// <summary>
    /// <paramref name="merged"/> (sorted, ids unique) without the elements of <paramref name="removed"/> and with those of
    /// <paramref name="added"/>, sorted, as <see cref="Merge"/> of the runs it was merged from would give; found by
    /// binary search, so a one-file edit costs its own elements' searches and one copy, not a merge of every id.
    /// Null when an id is not unique (which only a corpus validation rejects is): the caller merges instead.
    /// </summary>
    public static T[]? Splice<T>(T[] merged, T[][] removed, T[][] added, Func<T, string> idOf) where T : class
    {
        var gone = new List<int>();
        foreach (var run in removed)
            foreach (var element in run)
            {
                var at = FirstNotBefore(merged, idOf(element), idOf);
                if (at == merged.Length || !ReferenceEquals(merged[at], element)) return null;
                gone.Add(at);
            }
        gone.Sort();
        var adding = Merge(added, idOf);
        var result = new T[merged.Length - gone.Count + adding.Length];
        var (i, g, a, o) = (0, 0, 0, 0);
        while (a < adding.Length || i < merged.Length)
        {
            if (a < adding.Length)
            {
                var id = idOf(adding[a]);
                var at = FirstNotBefore(merged, id, idOf, i);
                // Copy what precedes the added element, then the element; an equal id still held is a duplicate.
                for (; i < at; i++)
                    if (g < gone.Count && gone[g] == i) g++;
                    else result[o++] = merged[i];
                var replaces = g < gone.Count && gone[g] == i;
                if (i < merged.Length && !replaces && idOf(merged[i]) == id) return null;
                if (a + 1 < adding.Length && idOf(adding[a + 1]) == id) return null;
                result[o++] = adding[a++];
                continue;
            }
            if (g < gone.Count && gone[g] == i) g++;
            else result[o++] = merged[i];
            i++;
        }
        return result;
    }

    private static int FirstNotBefore<T>(T[] run, string id, Func<T, string> idOf, int from = 0)
    {
        var (low, high) = (from, run.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(idOf(run[middle]), id) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static void MergeRange<T>(T[][] runs, int[] from, int[] to, T[] merged, int offset, Func<T, string> idOf)
    {
        var next = (int[])from.Clone();
        // A binary min-heap of run numbers, ordered by each run's next id, then by run number.
        var heap = Enumerable.Range(0, runs.Length).Where(r => next[r] < to[r]).ToArray();
        bool Before(int a, int b) =>
            string.CompareOrdinal(idOf(runs[a][next[a]]), idOf(runs[b][next[b]])) is var order and not 0 ? order < 0 : a < b;
        void SiftDown(int at, int size)
        {
            while (true)
            {
                var least = at;
                var (left, right) = (2 * at + 1, 2 * at + 2);
                if (left < size && Before(heap[left], heap[least])) least = left;
                if (right < size && Before(heap[right], heap[least])) least = right;
                if (least == at) return;
                (heap[at], heap[least]) = (heap[least], heap[at]);
                at = least;
            }
        }
        var live = heap.Length;
        for (var i = live / 2 - 1; i >= 0; i--) SiftDown(i, live);
        for (var k = offset; live > 0; k++)
        {
            var run = heap[0];
            merged[k] = runs[run][next[run]++];
            if (next[run] == to[run]) heap[0] = heap[--live];
            SiftDown(0, live);
        }
    }
}
