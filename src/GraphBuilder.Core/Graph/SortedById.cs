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

    /// <summary>Merges sorted runs into one sorted array, on equal ids the earlier run first.</summary>
    public static T[] Merge<T>(T[][] runs, Func<T, string> idOf)
    {
        var total = 0;
        foreach (var run in runs) total += run.Length;
        var merged = new T[total];
        var next = new int[runs.Length];
        // A binary min-heap of run numbers, ordered by each run's next id, then by run number.
        var heap = Enumerable.Range(0, runs.Length).Where(r => runs[r].Length > 0).ToArray();
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
        for (var k = 0; k < merged.Length; k++)
        {
            var run = heap[0];
            merged[k] = runs[run][next[run]++];
            if (next[run] == runs[run].Length) heap[0] = heap[--live];
            SiftDown(0, live);
        }
        return merged;
    }
}
