using System.Globalization;
using System.Text.Json;
using GraphBuilder.Graph;

namespace GraphBuilder.Stores.Embedded;

/// <summary>
/// Encodes properties and citations as JSON for the SQLite columns, keeping value types exact:
/// dates and floats are wrapped (<c>{"$date":"2022-09-07"}</c>, <c>{"$float":1.0}</c>) so they read back as written.
/// </summary>
public static class StoredPropertyCodec
{
    public static string Encode(PropertyMap properties)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
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
                        json.WriteString("$date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
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
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
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

    public static string EncodeCitations(IReadOnlyList<Citation> citations) => JsonSerializer.Serialize(
        citations.Select(c => new StoredCitation(c.SourceId, c.Publisher, c.Title, c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Quote)));

    public static Citation[] DecodeCitations(string text) =>
        (JsonSerializer.Deserialize<StoredCitation[]>(text) ?? [])
        .Select(c => new Citation(c.Source, c.Publisher, c.Title,
            c.Published is null ? null : DateOnly.ParseExact(c.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture), c.Quote))
        .ToArray();

    private sealed record StoredCitation(string Source, string Publisher, string Title, string? Published, string Quote);
}
