using System.Globalization;
using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Validation;

/// <summary>
/// The evidence corpus (tests/fixtures/evidence-corpus): honest and forged citations on the frozen
/// reports and two reports written for tests, grouped by kind in their ids. Every forged citation
/// should be refused (an error) or flagged (a warning); every honest one should pass cleanly. The
/// rates reached are printed and stated in README.md; the targets are 90 % and 95 %.
/// </summary>
public sealed class EvidenceCorpusTests
{
    [Fact]
    public void EvidenceCorpus_RefusesOrFlagsForgeries_AndPassesHonestCitations_AtTheirTargetRates()
    {
        using var seeds = TempSeeds.FromReports();
        var corpus = RepoPaths.Fixture("evidence-corpus");
        seeds.CopyIn(Path.Combine(corpus, "documents"), "documents");
        seeds.CopyIn(Path.Combine(corpus, "facts"), "facts");
        seeds.Write("sources.yaml", seeds.Read("sources.yaml") + string.Join('\n',
            File.ReadAllLines(Path.Combine(corpus, "sources.yaml")).Where(l => !l.StartsWith('#') && l != "sources:")) + "\n");

        var compiled = new CorpusPipeline(Some.Vocabulary).Run(seeds.Seeds, TestContext.Current.CancellationToken);
        var problems = compiled.Diagnostics.Concat(compiled.Warnings).Select(d => seeds.Relative(d.Position.ToString())).ToList();

        var honest = Outcomes(seeds, "facts/honest.yaml", problems);
        var forged = Outcomes(seeds, "facts/forged.yaml", problems);
        var honestRate = Rate(honest.Values.Count(caught => !caught), honest.Count);
        var forgedRate = Rate(forged.Values.Count(caught => caught), forged.Count);
        var report = string.Join(Environment.NewLine,
        [
            $"honest citations passing cleanly: {honest.Values.Count(c => !c)}/{honest.Count} ({honestRate:P1})",
            .. ByKind(honest, caught => !caught),
            $"forged citations refused or flagged: {forged.Values.Count(c => c)}/{forged.Count} ({forgedRate:P1})",
            .. ByKind(forged, caught => caught),
        ]);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Console.WriteLine(report);

        Assert.True(honest.Count >= 50 && forged.Count >= 100, report);
        Assert.True(forgedRate >= 0.90 && honestRate >= 0.95, report);
    }

    /// <summary>For each fact of the file (by id), whether any diagnostic points inside it.</summary>
    private static Dictionary<string, bool> Outcomes(TempSeeds seeds, string file, List<string> problems)
    {
        var lines = File.ReadAllLines(seeds.PathOf(file));
        var idOfLine = new string?[lines.Length + 1];
        string? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("  - id: ", StringComparison.Ordinal)) current = lines[i]["  - id: ".Length..].Trim();
            idOfLine[i + 1] = current;
        }
        var outcomes = idOfLine.OfType<string>().Distinct().ToDictionary(id => id, _ => false);
        foreach (var problem in problems.Where(p => p.StartsWith(file + ":", StringComparison.Ordinal)))
            if (idOfLine[int.Parse(problem.Split(':')[1], CultureInfo.InvariantCulture)] is { } id) outcomes[id] = true;
        return outcomes;
    }

    // "honest-case-1" is of kind "case".
    private static IEnumerable<string> ByKind(Dictionary<string, bool> outcomes, Func<bool, bool> success) =>
        outcomes.GroupBy(o => string.Join('-', o.Key.Split('-')[1..^1]))
            .Select(g => $"  {g.Key}: {g.Count(o => success(o.Value))}/{g.Count()}");

    private static double Rate(int count, int total) => total == 0 ? 0 : (double)count / total;
}
