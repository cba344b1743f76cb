using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>
/// Refuses text fields longer than <see cref="SeedLimits"/> allows, and control characters other than tab
/// and line ends (LF, CR, CRLF: every export keeps them byte for byte). Refusing them here means no store or export ever sees one
/// (XML 1.0 cannot hold most of them at all; terminals and logs interpret them).
/// </summary>
internal sealed class TextFieldCheck(SeedLimits limits)
{
    // One vectorised search per field rather than a test per character: every text field of every record is checked.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))]);

    // Characters that show nothing or turn the text around them (a U+202E makes "gnp.exe" read "exe.png"): a name
    // holding one displays as another name. The joiners U+200C/U+200D stay allowed in names (Persian and Indic
    // scripts and emoji need them), not in ids.
    private static readonly SearchValues<char> InvisibleInNames = SearchValues.Create(
        "\u00AD\u061C\u180E\u200B\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF");

    private static readonly SearchValues<char> InvisibleInIds = SearchValues.Create(
        "\u00AD\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF");

    public void Check(SourceRecord source, List<Diagnostic> diagnostics)
    {
        Id(source.Id, diagnostics);
        Text(source.Title, "a title", limits.MaxNameLength, diagnostics);
        Text(source.Publisher, "a publisher", limits.MaxNameLength, diagnostics);
        Text(source.Carries, "a carried outlet", limits.MaxNameLength, diagnostics);
        Text(source.Published, "a date", limits.MaxOtherLength, diagnostics);
        Text(source.Document, "a document path", limits.MaxOtherLength, diagnostics);
        Text(source.Url, "a URL", limits.MaxOtherLength, diagnostics);
        Text(source.Note, "a note", limits.MaxNoteLength, diagnostics);
    }

    public void Check(EntityRecord entity, List<Diagnostic> diagnostics)
    {
        Id(entity.Id, diagnostics);
        Text(entity.Kind, "a kind", limits.MaxOtherLength, diagnostics);
        Text(entity.Name, "a name", limits.MaxNameLength, diagnostics, InvisibleInNames);
        foreach (var alias in entity.Aliases) Text(alias, "an alias", limits.MaxNameLength, diagnostics, InvisibleInNames);
        Text(entity.Role, "a role", limits.MaxNameLength, diagnostics);
        Text(entity.Note, "a note", limits.MaxNoteLength, diagnostics);
        foreach (var link in entity.Links) Id(link.Target, diagnostics);
        Citations(entity.Sources, diagnostics);
    }

    public void Check(FactRecord fact, List<Diagnostic> diagnostics)
    {
        Id(fact.Id, diagnostics);
        Text(fact.Type, "a type", limits.MaxOtherLength, diagnostics);
        Id(fact.Subject, diagnostics);
        Id(fact.Object, diagnostics);
        Text(fact.Date, "a date", limits.MaxOtherLength, diagnostics);
        Text(fact.From, "a date", limits.MaxOtherLength, diagnostics);
        Text(fact.To, "a date", limits.MaxOtherLength, diagnostics);
        Text(fact.About, "'about'", limits.MaxNoteLength, diagnostics);
        Text(fact.Note, "a note", limits.MaxNoteLength, diagnostics);
        Citations(fact.Sources, diagnostics);
    }

    private void Citations(IReadOnlyList<CitationRecord> citations, List<Diagnostic> diagnostics)
    {
        foreach (var citation in citations)
        {
            Id(citation.Source, diagnostics);
            Text(citation.Quote, "a quote", limits.MaxQuoteLength, diagnostics);
        }
    }

    private void Id(Field? field, List<Diagnostic> diagnostics) => Text(field, "an id", limits.MaxIdLength, diagnostics, InvisibleInIds);

    [MethodImpl(HotPath.Options)]
    private static void Text(Field? field, string what, int maxLength, List<Diagnostic> diagnostics, SearchValues<char>? invisible = null)
    {
        if (field is null) return;
        var value = field.Value;
        if (value.Length > maxLength)
        {
            diagnostics.Add(new Diagnostic(field.At,
                string.Create(CultureInfo.InvariantCulture, $"{what} is {value.Length:N0} characters long; the limit is {maxLength:N0}"), "shorten it"));
            return;
        }
        if (FirstControl(value) is { } at)
        {
            diagnostics.Add(new Diagnostic(field.At,
                string.Create(CultureInfo.InvariantCulture, $"{what} contains the control character U+{(int)value[at]:X4} at character {at + 1}"),
                "remove it; text may hold tabs and line breaks, but no other control characters"));
        }
        else if (invisible is not null && value.AsSpan().IndexOfAny(invisible) is var hidden and >= 0)
        {
            diagnostics.Add(new Diagnostic(field.At,
                string.Create(CultureInfo.InvariantCulture, $"{what} contains the invisible or direction-changing character U+{(int)value[hidden]:X4} at character {hidden + 1}"),
                "remove it; it makes the text display differently from what it holds"));
        }
    }

    /// <summary>The index of the first control character that is not a tab or a line end (LF, CR); null when none.</summary>
    private static int? FirstControl(string value) => value.AsSpan().IndexOfAny(Controls) is var at and >= 0 ? at : null;
}
