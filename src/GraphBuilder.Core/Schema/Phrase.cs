namespace GraphBuilder.Schema;

/// <summary>
/// A cue or polarity entry as written in vocabulary.yaml ("hold * accountable", "deny", "-n't"):
/// its words in lower case. A word matches itself and its inflections (<see cref="Inflection"/>);
/// <c>*</c> stands for up to <see cref="MaxWildcardWords"/> words; a word starting with '-' matches
/// any word ending with the rest ("-n't": didn't, can't).
/// </summary>
public sealed class Phrase
{
    /// <summary>How many words a <c>*</c> may stand for: room for a name ("hold Iran accountable").</summary>
    public const int MaxWildcardWords = 3;

    public const string Wildcard = "*";

    private Phrase(string text, string[] words)
    {
        Text = text;
        Words = words;
    }

    /// <summary>The entry as written.</summary>
    public string Text { get; }

    /// <summary>Its words, lower case, wildcards included.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The phrase from an entry; null when it has no word, or starts or ends with a wildcard.</summary>
    public static Phrase? Parse(string text)
    {
        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0] == Wildcard || words[^1] == Wildcard) return null;
        return new Phrase(text, words);
    }

    public override string ToString() => Text;
}
