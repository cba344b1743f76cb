namespace GraphBuilder.Generation;

/// <summary>
/// Turns a document sentence into a quote that must match it: the whole sentence, its opening
/// words, or its opening and closing words joined by "..."; half the time with ASCII quotes and
/// apostrophes where the document has typographic ones. Every form keeps the elision rules:
/// whole words, at least 6 words, parts of 3 or more, a gap inside one sentence with no negation
/// (no sentence template has one before its closing words).
/// </summary>
public static class QuoteMaker
{
    public static string Quote(SeedRandom random, string sentence)
    {
        var words = sentence.Split(' ');
        var variant = random.Next(100);
        string quote;
        if (variant < 55 || words.Length < 12) quote = sentence;
        else if (variant < 80) quote = string.Join(' ', words[..random.Next(6, words.Length)]);
        else quote = string.Join(' ', words[..random.Next(4, 7)]) + " ... " + string.Join(' ', words[^random.Next(3, 6)..]);
        return random.Chance(50) ? quote.Replace('’', '\'').Replace('“', '"').Replace('”', '"') : quote;
    }
}
