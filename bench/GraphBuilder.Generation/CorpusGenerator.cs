using System.Globalization;
using System.Text;
using GraphBuilder.Schema;

namespace GraphBuilder.Generation;

/// <summary>
/// Writes a synthetic seeds folder that validates clean: sources with documents, entities of
/// every kind with aliases and links, and facts of every relationship type, all chosen within the
/// <see cref="Vocabulary"/>'s allowed endpoint kinds. Output depends only on the options.
/// </summary>
public sealed class CorpusGenerator(Vocabulary vocabulary)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public GenerationSummary Generate(GeneratorOptions options, string outputFolder)
    {
        if (options.Problem() is { } problem) throw new ArgumentException(problem);
        var random = new SeedRandom(options.Seed);
        var sources = PlanSources(random, options);
        var plan = new EntityPlanner(vocabulary, random, sources).Plan(options.Entities);
        var facts = new FactPlanner(vocabulary, random, sources, plan);

        Directory.CreateDirectory(outputFolder);
        long bytes = 0;
        var width = Math.Max(4, (options.Files - 1).ToString(CultureInfo.InvariantCulture).Length);
        for (var k = 0; k < options.Files; k++)
        {
            var path = Path.Combine(outputFolder, $"seeds-{k.ToString("D" + width, CultureInfo.InvariantCulture)}.yaml");
            using (var stream = new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16))
            {
                var writer = new SeedYamlWriter(stream);
                writer.Header(options.Seed);
                var (s0, s1) = Chunk(k, options.Files, sources.Count);
                var (e0, e1) = Chunk(k, options.Files, plan.Entities.Count);
                var (f0, f1) = Chunk(k, options.Files, options.Facts);
                if (s1 > s0) writer.Section("sources", empty: false);
                for (var i = s0; i < s1; i++) writer.Source(sources[i]);
                if (e1 > e0) writer.Section("entities", empty: false);
                for (var i = e0; i < e1; i++) writer.Entity(plan.Entities[i]);
                writer.Section("facts", empty: f1 == f0);
                for (var i = f0; i < f1; i++) writer.Fact(facts.Next(i, options.Facts));
            }
            bytes += new FileInfo(path).Length;
        }

        // Documents last: the facts' citations added sentences to them.
        Directory.CreateDirectory(Path.Combine(outputFolder, "documents"));
        for (var s = 0; s < sources.Count; s++)
        {
            var claims = facts.Claims(s).Select(c => SyntheticText.Claim(plan.Entities[c.Subject].Name, plan.Entities[c.Object].Name, c.Words, c.Verb, c.Year));
            File.WriteAllText(Path.Combine(outputFolder, sources[s].Document), DocumentText(sources[s], [.. sources[s].Sentences, .. claims]), Utf8);
        }
        return new GenerationSummary(options.Files, sources.Count, sources.Count, plan.Entities.Count,
            plan.Entities.Sum(e => e.Links.Count), options.Facts, bytes);
    }

    /// <summary>The contiguous range of <paramref name="count"/> items that file <paramref name="k"/> of <paramref name="files"/> holds.</summary>
    private static (int Start, int End) Chunk(int k, int files, int count) =>
        ((int)((long)k * count / files), (int)((long)(k + 1) * count / files));

    private static List<GeneratedSource> PlanSources(SeedRandom random, GeneratorOptions options)
    {
        var sources = new List<GeneratedSource>(options.Sources);
        for (var i = 0; i < options.Sources; i++)
        {
            var id = $"src-{i:D4}";
            // Published after every fact date (facts start by 2023): a report cannot tell of later events.
            var published = new DateOnly(random.Next(2026, 2027), random.Next(1, 13), random.Next(1, 29));
            var sentences = new string[options.SentencesPerDocument];
            for (var j = 0; j < sentences.Length; j++) sentences[j] = SyntheticText.Sentence(random);
            sources.Add(new GeneratedSource(id, SyntheticText.Title(random), SyntheticText.Publisher(random),
                published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"documents/{id}.txt",
                random.Chance(80) ? $"https://example.org/news/{id}" : null,
                random.Chance(30) ? SyntheticText.Description(random) : null, sentences));
        }
        return sources;
    }

    /// <summary>Title, byline, then the sentences wrapped at 78 columns in paragraphs of five (quotes may span line breaks).</summary>
    private static string DocumentText(GeneratedSource source, IReadOnlyList<string> sentences)
    {
        var text = new StringBuilder().Append(source.Title).Append("\n\n").Append(source.Publisher).Append(", ").Append(source.Published).Append("\n\n");
        var column = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var word in sentences[i].Split(' '))
            {
                if (column > 0 && column + 1 + word.Length > 78)
                {
                    text.Append('\n');
                    column = 0;
                }
                else if (column > 0)
                {
                    text.Append(' ');
                    column++;
                }
                text.Append(word);
                column += word.Length;
            }
            if (i % 5 == 4 || i == sentences.Count - 1)
            {
                text.Append(i == sentences.Count - 1 ? "\n" : "\n\n");
                column = 0;
            }
        }
        return text.ToString();
    }
}
