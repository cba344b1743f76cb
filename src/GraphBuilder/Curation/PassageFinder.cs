using GraphBuilder.Facts;
using GraphBuilder.Validation;

namespace GraphBuilder.Curation;

/// <summary>
/// Finds passages to quote: every word of the search, case-insensitively, in one sentence (or line) of a document.
/// A passage is offered only as a quote validation accepts: a sentence that breaks a quote rule (too few words)
/// is widened to its line, and a line that still breaks one is left out.
/// </summary>
internal static class PassageFinder
{
    public static IEnumerable<Passage> Find(string sourceId, string documentPath, IReadOnlyList<string> words)
    {
        var document = SourceDocument.FromText(documentPath, File.ReadAllText(documentPath));
        var number = 0;
        foreach (var line in File.ReadLines(documentPath))
        {
            number++;
            if (!ContainsAll(line, words)) continue;
            var sentences = SentenceSplitter.Split(line).Where(s => ContainsAll(s, words)).ToList();
            var offered = new HashSet<string>(StringComparer.Ordinal);
            foreach (var sentence in sentences.Count > 0 ? sentences : [line])
            {
                var text = QuoteRules.Holds(document, sentence.Trim()) ? sentence.Trim() : line.Trim();
                if (QuoteRules.Holds(document, text) && offered.Add(text))
                    yield return new Passage(sourceId, documentPath, number, text);
            }
        }
    }

    public static IReadOnlyList<string> Words(string search) => search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool ContainsAll(string text, IReadOnlyList<string> words) =>
        words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
