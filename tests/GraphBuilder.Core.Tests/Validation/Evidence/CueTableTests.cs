using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Validation.Evidence;

/// <summary>The shipped vocabulary's cue and polarity tables, found in sentences (valid/invalid cases per table).</summary>
public sealed class CueTableTests
{
    private static readonly Vocabulary Shipped = VocabularyLoader.LoadFromFolder(RepoPaths.Schema);

    private static string Cues(string sentence)
    {
        var text = QuoteText.Normalise(sentence);
        return string.Join("; ", Shipped.Cues.FindAll(text).Select(m => $"{m.Value.Type} {m.Value.Voice} \"{text[m.Start..m.End]}\""));
    }

    private static string Polarity(string sentence)
    {
        var text = QuoteText.Normalise(sentence);
        return string.Join("; ", Shipped.PolarityWords.FindAll(text).Select(m => $"{m.Value.Kind} \"{text[m.Start..m.End]}\""));
    }

    [Theory]
    [InlineData("Albania accused Iran of the attack", "ACCUSES Active \"accused\"")]
    [InlineData("Iran was ACCUSED BY Albania", "ACCUSES Passive \"ACCUSED BY\"; ACCUSES Active \"ACCUSED\"")]
    [InlineData("calls to hold Iran accountable", "ACCUSES Active \"hold Iran accountable\"")]
    [InlineData("Tehran was behind the attack", "ACCUSES TargetFirst \"behind\"")]
    [InlineData("Washington imposed sanctions on the ministry", "SANCTIONS Active \"imposed sanctions\"; SANCTIONS Active \"sanctions\"")]
    [InlineData("Iran denied the accusation", "DENIES Active \"denied\"; ACCUSES Active \"accusation\"")]
    [InlineData("Albania severed ties with Iran", "SEVERS_TIES_WITH Active \"severed\"; SEVERS_TIES_WITH TargetFirst \"ties with\"")]
    [InlineData("several officials met", "")]
    [InlineData("Albania hosts the group's camp", "HOSTS Active \"hosts\"")]
    public void Cues_AreFoundWithTheirTypeAndVoice_InflectedAndCaseInsensitive(string sentence, string expected) =>
        Assert.Equal(expected, Cues(sentence));

    [Theory]
    [InlineData("Iran didn’t do it", "Negation \"didn't\"")]
    [InlineData("Iran didnt do it", "Negation \"didnt\"")]
    [InlineData("Iran didnʼt do it", "Negation \"didn't\"")]
    [InlineData("no one saw Tehran", "Negation \"no one\"; Negation \"no\"")]
    [InlineData("Tehran refused to comment", "Denial \"refused to\"")]
    [InlineData("the baseless claims", "Refutation \"baseless\"")]
    [InlineData("is in no position to accuse", "Refutation \"in no position\"; Negation \"no\"")]
    [InlineData("the so-called attack", "Hedge \"so-called\"")]
    [InlineData("officials said Tehran", "Attribution \"said\"")]
    [InlineData("nothingness notwithstanding", "")]
    public void PolarityWords_AreFoundByKind(string sentence, string expected) =>
        Assert.Equal(expected, Polarity(sentence));
}
