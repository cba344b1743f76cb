using System.Text.RegularExpressions;

namespace GraphBuilder.Curation;

/// <summary>
/// Where a line of a report splits into sentences: after . ! or ? (and a closing quote or bracket) before a capital, digit or
/// opening quote, but not after an initialism ("U.S. Treasury", "U.N. envoy") or a title ("Mr. Rama").
/// </summary>
internal static partial class SentenceSplitter
{
    public static string[] Split(string line) => SentenceEnd().Split(line);

    [GeneratedRegex(@"(?<!\b[A-Z]\.[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sen|Rep|Gov|Prof)\.)(?<=[.!?][""”’)]?)\s+(?=[""“‘(]?[A-Z0-9])")]
    private static partial Regex SentenceEnd();
}
