using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphBuilder.Graph;

namespace GraphBuilder.Stores.Embedded;

/// <summary>
/// Encodes properties and citations as JSON for the SQLite columns, keeping value types exact:
/// dates and floats are wrapped (<c>{"$date":"2022-09-07"}</c>, <c>{"$float":1.0}</c>) so they read back as written.
/// </summary>
public static class StoredPropertyCodec
{
    // Rows are encoded into one reused buffer and writer per thread.
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;
    [ThreadStatic] private static Utf8JsonWriter? _writer;

    public static string Encode(PropertyMap properties) => Encoding.UTF8.GetString(EncodeUtf8(properties));

    /// <summary>The JSON of <see cref="Encode"/> as UTF-8, in a per-thread buffer that the next encode on this thread overwrites.</summary>
    internal static ReadOnlySpan<byte> EncodeUtf8(PropertyMap properties)
    {
        var json = StartWriter();
        json.WriteStartObject();
        foreach (var (key, value) in properties)
        {
            json.WritePropertyName(key);
            switch (value)
            {
                case string s: json.WriteStringValue(s); break;
                case long l: json.WriteNumberValue(l); break;
                case bool b: json.WriteBooleanValue(b); break;
                case double d:
                    json.WriteStartObject();
                    json.WriteString("$float", d.ToString("R", CultureInfo.InvariantCulture));
                    json.WriteEndObject();
                    break;
                case DateOnly date:
                    json.WriteStartObject();
                    WriteDate(json, "$date", date);
                    json.WriteEndObject();
                    break;
                case IReadOnlyList<string> list:
                    json.WriteStartArray();
                    foreach (var item in list) json.WriteStringValue(item);
                    json.WriteEndArray();
                    break;
            }
        }
        json.WriteEndObject();
        return Finish(json);
    }

    public static PropertyMap Decode(string text)
    {
        var properties = new PropertyMap();
        using var document = JsonDocument.Parse(text);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var v = property.Value;
            object value = v.ValueKind switch
            {
                JsonValueKind.String => v.GetString()!,
                JsonValueKind.Number => v.GetInt64(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Array => v.EnumerateArray().Select(i => i.GetString()!).ToArray(),
                JsonValueKind.Object when v.TryGetProperty("$date", out var d) => DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                JsonValueKind.Object when v.TryGetProperty("$float", out var f) => double.Parse(f.GetString()!, CultureInfo.InvariantCulture),
                _ => throw new StoreException($"stored property '{property.Name}' has an unreadable value"),
            };
            properties.Set(property.Name, value);
        }
        return properties;
    }

    /// <summary>The same JSON as <c>JsonSerializer</c> gives for <see cref="StoredCitation"/>s (names, order, nulls, escaping), without the reflection.</summary>
    public static string EncodeCitations(IReadOnlyList<Citation> citations) => Encoding.UTF8.GetString(EncodeCitationsUtf8(citations));

    /// <summary>The JSON of <see cref="EncodeCitations"/> as UTF-8, in the same per-thread buffer as <see cref="EncodeUtf8"/>.</summary>
    internal static ReadOnlySpan<byte> EncodeCitationsUtf8(IReadOnlyList<Citation> citations)
    {
        var json = StartWriter();
        json.WriteStartArray();
        foreach (var c in citations)
        {
            json.WriteStartObject();
            json.WriteString(nameof(StoredCitation.Source), c.SourceId);
            json.WriteString(nameof(StoredCitation.Publisher), c.Publisher);
            json.WriteString(nameof(StoredCitation.Title), c.Title);
            if (c.Published is { } published) WriteDate(json, nameof(StoredCitation.Published), published);
            else json.WriteNull(nameof(StoredCitation.Published));
            json.WriteString(nameof(StoredCitation.Quote), c.Quote);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        return Finish(json);
    }

    public static Citation[] DecodeCitations(string text) =>
        (JsonSerializer.Deserialize<StoredCitation[]>(text) ?? [])
        .Select(c => new Citation(c.Source, c.Publisher, c.Title,
            c.Published is null ? null : DateOnly.ParseExact(c.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture), c.Quote))
        .ToArray();

    private static Utf8JsonWriter StartWriter()
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        return writer;
    }

    private static ReadOnlySpan<byte> Finish(Utf8JsonWriter json)
    {
        json.Flush();
        return _buffer!.WrittenSpan;
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly date)
    {
        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        json.WriteString(name, text[..written]);
    }

    private sealed record StoredCitation(string Source, string Publisher, string Title, string? Published, string Quote);
}
