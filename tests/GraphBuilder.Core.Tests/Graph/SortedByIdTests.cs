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

    [Fact]
    public void Merge_OfOneLargeRunOfOneRepeatedId_KeepsItWhole()
    {
        var run = Enumerable.Range(0, 50_000).Select(i => ("same", i)).ToArray();
        var other = Enumerable.Range(0, 10).Select(i => ("same", -i)).ToArray();

        Assert.Equal(run.Concat(other), SortedById.Merge([run, other], e => e.Item1));
    }
}
