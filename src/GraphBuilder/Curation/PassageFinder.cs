using System.Text.RegularExpressions;

namespace GraphBuilder.Curation;

/// <summary>Finds passages to quote: every word of the search, case-insensitively, in one sentence (or line) of a document.</summary>
internal static partial class PassageFinder
{
    public static IEnumerable<Passage> Find(string sourceId, string documentPath, IReadOnlyList<string> words)
    {
        var number = 0;
        foreach (var line in File.ReadLines(documentPath))
        {
            number++;
            if (!ContainsAll(line, words)) continue;
            var sentences = SentenceEnd().Split(line).Where(s => ContainsAll(s, words)).ToList();
            foreach (var text in sentences.Count > 0 ? sentences : [line])
                yield return new Passage(sourceId, documentPath, number, text.Trim());
        }
    }

    public static IReadOnlyList<string> Words(string search) => search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool ContainsAll(string text, IReadOnlyList<string> words) =>
        words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?<=[.!?][""”’)]?)\s+(?=[""“‘(]?[A-Z0-9])")]
    private static partial Regex SentenceEnd();
}
