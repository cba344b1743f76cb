using CsCheck;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Graph;

public sealed class SortedByIdTests
{
    // Ids drawn from a small alphabet so repeats (within and across runs) are common.
    private static readonly Gen<(string Id, int Tag)[]> Run =
        Gen.String[Gen.Char["abc"], 1, 3].Select(Gen.Int, (id, tag) => (id, tag)).Array[0, 30_000];

    [Fact]
    public void Sort_OrdersByIdOrdinal_KeepingRepeatedIdsInTheirOrder()
    {
        Run.Sample(elements =>
            Assert.Equal(elements.OrderBy(e => e.Id, StringComparer.Ordinal), SortedById.Sort(elements, e => e.Id)), iter: 30);
    }

    [Fact]
    public void Merge_GivesWhatAStableSortOfAllRunsInOrderGives_AlsoWhenCutIntoRangesAcrossCores()
    {
        // Up to 8 runs of up to 30k: large merges are split by id range, small ones are not.
        Run.Select(run => SortedById.Sort(run, e => e.Id)).Array[0, 8].Sample(runs =>
        {
            var expected = runs.SelectMany(r => r).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, SortedById.Merge(runs, e => e.Id));
        }, iter: 40);
    }

    private sealed record Element(string Id, int Tag);

    [Fact]
    public void Splice_GivesTheMergeOfTheRunsLeft_ForUniqueIds()
    {
        // Unique ids dealt into up to 12 runs; some runs leave, and new runs come with ids of the leaving ones or fresh ids.
        Gen.Int[0, 1_000_000].HashSet[0, 3000].Select(Gen.Int[1, 12], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int).Sample((numbers, runCount, leaving, coming, seed) =>
        {
            var random = new Random(seed);
            var ids = numbers.Select(n => $"e{n}").ToArray();
            var runs = Enumerable.Range(0, runCount)
                .Select(r => SortedById.Sort(ids.Where((_, i) => i % runCount == r).Select(id => new Element(id, 0)).ToArray(), e => e.Id)).ToList();
            var merged = SortedById.Merge(runs.ToArray(), e => e.Id);
            var removed = runs.OrderBy(_ => random.Next()).Take(Math.Min(leaving, runs.Count)).ToArray();
            var freed = removed.SelectMany(r => r).Select(e => e.Id).ToArray();
            var added = Enumerable.Range(0, coming).Select(c => SortedById.Sort(
                freed.Where((_, i) => i % (coming + 1) == c).Select(id => new Element(id, 1))
                    .Concat(Enumerable.Range(0, random.Next(5)).Select(k => new Element($"new{c}-{k}-{random.Next()}", 1))).ToArray(), e => e.Id)).ToArray();

            var left = runs.Except(removed).Concat(added).ToArray();
            Assert.Equal(SortedById.Merge(left, e => e.Id), SortedById.Splice(merged, removed, added, e => e.Id));
        }, iter: 60);
    }

    [Fact]
    public void Splice_GivesNull_WhenAnAddedIdIsStillHeld()
    {
        var merged = new[] { new Element("a", 0), new Element("b", 0) };

        Assert.Null(SortedById.Splice(merged, [], [[new Element("b", 1)]], e => e.Id));
        Assert.Null(SortedById.Splice(merged, [], [[new Element("c", 1)], [new Element("c", 2)]], e => e.Id));
        Assert.NotNull(SortedById.Splice(merged, [[merged[1]]], [[new Element("b", 1)]], e => e.Id));
    }

    [Fact]
    public void Merge_OfOneLargeRunOfOneRepeatedId_KeepsItWhole()
    {
        var run = Enumerable.Range(0, 50_000).Select(i => ("same", i)).ToArray();
        var other = Enumerable.Range(0, 10).Select(i => ("same", -i)).ToArray();

        Assert.Equal(run.Concat(other), SortedById.Merge([run, other], e => e.Item1));
    }
}
