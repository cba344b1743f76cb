using System.CommandLine;
using GraphBuilder.Curation;
using GraphBuilder.Facts;
using GraphBuilder.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary>What the curation commands (add, entities, find) work on: the seeds folder, the vocabulary, and the seeds as read (see <see cref="CuratedCorpus"/>).</summary>
internal sealed record CurationSeeds(string Folder, Vocabulary Vocabulary, SeedCorpus Corpus)
{
    public static CurationSeeds Read(ParseResult result, CancellationToken cancellationToken)
    {
        using var services = CliServices.BuildPipeline(result);
        var vocabulary = services.GetRequiredService<Vocabulary>();
        var seeds = SeedsFolder.Check(CliServices.Options(services).Seeds);
        return new CurationSeeds(seeds, vocabulary, CuratedCorpus.Read(vocabulary, seeds, cancellationToken));
    }
}
