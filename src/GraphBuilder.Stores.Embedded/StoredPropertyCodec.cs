using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphBuilder.Export;
using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Stores.Embedded;

/// <summary>
/// Encodes properties and citations as JSON for the SQLite columns, keeping value types exact:
/// dates and floats are wrapped (<c>{"$date":"2022-09-07"}</c>, <c>{"$float":1.0}</c>) so they read back as written.
/// </summary>
internal static class StoredPropertyCodec
{
    // Rows are encoded into one reused buffer and writer per thread.
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;
    [ThreadStatic] private static Utf8JsonWriter? _writer;

    private static readonly ValueWriter Values = new();

    // Names written for every row, escaped once.
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("$date");
    private static readonly JsonEncodedText FloatName = JsonEncodedText.Encode("$float");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode(nameof(StoredCitation.Source));
    private static readonly JsonEncodedText PublisherName = JsonEncodedText.Encode(nameof(StoredCitation.Publisher));
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode(nameof(StoredCitation.Title));
    private static readonly JsonEncodedText PublishedName = JsonEncodedText.Encode(nameof(StoredCitation.Published));
    private static readonly JsonEncodedText QuoteName = JsonEncodedText.Encode(nameof(StoredCitation.Quote));
    private static readonly JsonEncodedText ReviewsName = JsonEncodedText.Encode(nameof(StoredCitation.Reviews));

    public static string Encode(PropertyMap properties) => Encoding.UTF8.GetString(EncodeUtf8(properties));

    /// <summary>The JSON of <see cref="Encode"/> as UTF-8, in a per-thread buffer that the next encode on this thread overwrites.</summary>
    internal static ReadOnlySpan<byte> EncodeUtf8(PropertyMap properties)
    {
        var json = StartWriter();
        json.WriteStartObject();
        foreach (var (key, value) in properties)
        {
            json.WritePropertyName(key);
            Values.Visit(json, value);
        }
        json.WriteEndObject();
        return Finish(json);
    }

    public static PropertyMap Decode(string text)
    {
        using var document = JsonDocument.Parse(text);
        var properties = document.RootElement.EnumerateObject().Select(property =>
        {
            var v = property.Value;
            PropertyValue value = v.ValueKind switch
            {
                JsonValueKind.String => new StringValue(v.GetString()!),
                JsonValueKind.Number => new IntegerValue(v.GetInt64()),
                JsonValueKind.True => BooleanValue.Of(true),
                JsonValueKind.False => BooleanValue.Of(false),
                JsonValueKind.Array => new StringListValue(v.EnumerateArray().Select(i => i.GetString()!).ToArray()),
                JsonValueKind.Object when v.TryGetProperty("$date", out var d) => new DateValue(DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
                JsonValueKind.Object when v.TryGetProperty("$float", out var f) => new FloatValue(double.Parse(f.GetString()!, CultureInfo.InvariantCulture)),
                _ => throw new StoreException($"stored property '{property.Name}' has an unreadable value"),
            };
            return KeyValuePair.Create(property.Name, (PropertyValue?)value);
        }).ToArray();
        try
        {
            return PropertyMap.From(properties);
        }
        catch (ArgumentException e)
        {
            // A key given twice: JSON allows it, a property map does not.
            throw new StoreException($"stored properties are unreadable: {e.Message}", innerException: e);
        }
    }

    /// <summary>The same JSON as <c>JsonSerializer</c> gives for <see cref="StoredCitation"/>s (names, order, nulls, escaping), without the reflection.</summary>
    public static string EncodeCitations(IReadOnlyList<Citation> citations) => Encoding.UTF8.GetString(EncodeCitationsUtf8(citations));

    /// <summary>The JSON of <see cref="EncodeCitations"/> as UTF-8, in the same per-thread buffer as <see cref="EncodeUtf8"/>.</summary>
    internal static ReadOnlySpan<byte> EncodeCitationsUtf8(IReadOnlyList<Citation> citations)
    {
        var json = StartWriter();
        json.WriteStartArray();
        // Indexing, not foreach: an interface enumerator is an allocation per row.
        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            json.WriteStartObject();
            json.WriteString(SourceName, c.SourceId);
            json.WriteString(PublisherName, c.Publisher);
            json.WriteString(TitleName, c.Title);
            if (c.Published is { } published) WriteDate(json, PublishedName, published);
            else json.WriteNull(PublishedName);
            json.WriteString(QuoteName, c.Quote);
            if (c.Reviews.Count > 0) WriteReviews(json, c.Reviews);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        return Finish(json);
    }

    public static Citation[] DecodeCitations(string text) =>
        (JsonSerializer.Deserialize<StoredCitation[]>(text) ?? [])
        .Select(c => new Citation(c.Source, c.Publisher, c.Title,
            c.Published is null ? null : DateOnly.ParseExact(c.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture), c.Quote)
        {
            Reviews = c.Reviews is null ? [] : c.Reviews.Select(r => new CitationReview(r.Flag, r.By, r.On, r.Note)).ToArray(),
        })
        .ToArray();

    private static void WriteReviews(Utf8JsonWriter json, IReadOnlyList<CitationReview> reviews)
    {
        json.WriteStartArray(ReviewsName);
        foreach (var r in reviews)
        {
            json.WriteStartObject();
            json.WriteString(nameof(StoredReview.Flag), r.Flag);
            json.WriteString(nameof(StoredReview.By), r.By);
            json.WriteString(nameof(StoredReview.On), r.On);
            json.WriteString(nameof(StoredReview.Note), r.Note);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static Utf8JsonWriter StartWriter()
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        // The encoders above always write well-formed JSON, so the writer need not track its structure.
        var writer = _writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        writer.Reset(buffer);
        return writer;
    }

    private static ReadOnlySpan<byte> Finish(Utf8JsonWriter json)
    {
        json.Flush();
        return _buffer!.WrittenSpan;
    }

    /// <summary>Writes <c>yyyy-MM-dd</c> (DateOnly years are 1 to 9999) without going through a format string.</summary>
    private static void WriteDate(Utf8JsonWriter json, JsonEncodedText name, DateOnly date)
    {
        Span<byte> text = stackalloc byte[10];
        var (year, month, day) = (date.Year, date.Month, date.Day);
        text[0] = (byte)('0' + year / 1000);
        text[1] = (byte)('0' + year / 100 % 10);
        text[2] = (byte)('0' + year / 10 % 10);
        text[3] = (byte)('0' + year % 10);
        text[4] = (byte)'-';
        text[5] = (byte)('0' + month / 10);
        text[6] = (byte)('0' + month % 10);
        text[7] = (byte)'-';
        text[8] = (byte)('0' + day / 10);
        text[9] = (byte)('0' + day % 10);
        json.WriteString(name, text);
    }

    /// <summary>As the JSON export, but floats and dates wrapped so they read back as their type.</summary>
    private sealed class ValueWriter : JsonValueWriter
    {
        protected override Utf8JsonWriter VisitFloat(Utf8JsonWriter json, double value)
        {
            json.WriteStartObject();
            json.WriteString(FloatName, value.ToString("R", CultureInfo.InvariantCulture));
            json.WriteEndObject();
            return json;
        }

        protected override Utf8JsonWriter VisitDate(Utf8JsonWriter json, DateOnly value)
        {
            json.WriteStartObject();
            WriteDate(json, DateName, value);
            json.WriteEndObject();
            return json;
        }
    }

    // Reviews is left out when a citation has none, so unreviewed citations store as before.
    private sealed record StoredCitation(string Source, string Publisher, string Title, string? Published, string Quote, StoredReview[]? Reviews);

    private sealed record StoredReview(string Flag, string By, string On, string Note);
}
