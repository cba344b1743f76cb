using System.Globalization;
using System.Text;

namespace GraphBuilder.Generation;

/// <summary>
/// Word lists and templates for synthetic names, titles and news-like sentences. Sentences use
/// typographic apostrophes and quotation marks, so quotes exercise the normalisation rules.
/// </summary>
public static class SyntheticText
{
    private static readonly string[] Actors =
    [
        "The foreign ministry", "A government spokesman", "The council’s chairman", "Officials in the capital",
        "The alliance", "A senior diplomat", "The agency", "The president’s office", "Lawmakers", "The embassy",
    ];

    private static readonly string[] Verbs =
    [
        "accused", "condemned", "criticised", "praised", "sanctioned", "thanked", "warned", "questioned", "defended",
    ];

    private static readonly string[] Targets =
    [
        "its neighbour", "the opposition", "a rival bloc", "foreign partners", "the regional body", "state media",
        "the security service", "the envoy", "the border authority",
    ];

    private static readonly string[] Topics =
    [
        "over the border incident", "after the disputed election", "for the cyber intrusion", "over shipping delays",
        "about the leaked cables", "for the arrests of journalists", "over the pipeline deal", "about the embassy closure",
    ];

    private static readonly string[] Closings =
    [
        "according to a statement", "in a televised address", "citing “irrefutable” evidence", "without giving details",
        "calling it “unacceptable”", "in remarks to reporters", "in a letter to the assembly", "the agency reported",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "ro", "vel", "mar", "din", "to", "sha", "lin", "bor", "ezi", "qua", "nor", "tal", "ven", "ast", "mi", "ru", "dal",
    ];

    private static readonly string[] AliasForms = ["{0} authorities", "{0} officials", "the {0} side", "{1}", "{0} government"];

    private static readonly string[] Publishers =
    [
        "Daily Meridian", "Northern Wire", "The Harbour Post", "Radio Continental", "Capital Tribune", "Eastern Monitor",
        "Global Dispatch", "State News Agency",
    ];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Descriptions =
    [
        "state-affiliated outlet", "independent newspaper", "wire service", "partisan weekly", "public broadcaster",
    ];

    public static string Sentence(SeedRandom random)
    {
        var day = random.Next(1, 29);
        var month = Months[random.Next(12)];
        var year = random.Next(2000, 2025);
        return $"{random.Pick(Actors)} {random.Pick(Verbs)} {random.Pick(Targets)} {random.Pick(Topics)} on {day} {month} {year}, {random.Pick(Closings)}.";
    }

    /// <summary>
    /// A sentence that names a fact's subject and object with a verb for its type and the year of
    /// its date, so a quote of it supports the fact under the evidence rules; the other words come
    /// from <paramref name="words"/>, so the same arguments give the same sentence.
    /// </summary>
    public static string Claim(string subject, string @object, ulong words, string verb, int? year)
    {
        string Take(string[] list)
        {
            var word = list[(int)(words % (ulong)list.Length)];
            words /= (ulong)list.Length;
            return word;
        }
        _ = Take(Verbs);
        var topic = Take(Topics);
        var closing = Take(Closings);
        var month = Take(Months);
        var day = 1 + (int)(words % 28);
        var anyYear = 2000 + (int)(words / 28 % 25);
        return $"{subject} {verb} {@object} {topic} on {day} {month} {year ?? anyYear}, {closing}.";
    }

    public static string Name(SeedRandom random)
    {
        var text = new StringBuilder();
        var parts = random.Next(2, 4);
        for (var i = 0; i < parts; i++) text.Append(random.Pick(Syllables));
        text[0] = char.ToUpperInvariant(text[0]);
        return text.ToString();
    }

    public static string Alias(SeedRandom random, string name) =>
        string.Format(CultureInfo.InvariantCulture, random.Pick(AliasForms), name, name[..Math.Min(3, name.Length)].ToUpperInvariant());

    public static string Title(SeedRandom random) =>
        $"{random.Pick(Actors)} {random.Pick(Verbs)} {random.Pick(Targets)} {random.Pick(Topics)}";

    public static string Publisher(SeedRandom random) => random.Pick(Publishers);

    public static string Description(SeedRandom random) => random.Pick(Descriptions);

    /// <summary>A short free-text phrase for <c>about</c>, <c>role</c> and <c>note</c> fields.</summary>
    public static string Phrase(SeedRandom random) => $"{random.Pick(Targets)} {random.Pick(Topics)}";
}
