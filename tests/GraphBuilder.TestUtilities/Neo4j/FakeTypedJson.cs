using System.Globalization;
using System.Text.Json;

namespace GraphBuilder.Testing.Neo4j;

/// <summary>
/// The fake server's own reading and writing of Neo4j typed JSON, written independently of the
/// store's so that tests check the wire format rather than one implementation against itself.
/// </summary>
public static class FakeTypedJson
{
    public static object? Read(JsonElement e)
    {
        var value = e.GetProperty("_value");
        return e.GetProperty("$type").GetString() switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "Float" => double.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "String" => value.GetString(),
            "Date" => DateOnly.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "List" => value.EnumerateArray().Select(Read).ToList(),
            "Map" => value.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value), StringComparer.Ordinal),
            var other => throw new FormatException($"Fake Query API does not understand typed JSON type '{other}'."),
        };
    }

    public static void Write(Utf8JsonWriter json, object? value)
    {
        json.WriteStartObject();
        switch (value)
        {
            case null: json.WriteString("$type", "Null"); json.WriteNull("_value"); break;
            case bool b: json.WriteString("$type", "Boolean"); json.WriteBoolean("_value", b); break;
            case string s: Scalar(json, "String", s); break;
            case int or long: Scalar(json, "Integer", Convert.ToString(value, CultureInfo.InvariantCulture)!); break;
            case double d: Scalar(json, "Float", d.ToString("R", CultureInfo.InvariantCulture)); break;
            case DateOnly d: Scalar(json, "Date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                json.WriteString("$type", "Map");
                json.WriteStartObject("_value");
                foreach (var (k, v) in map) { json.WritePropertyName(k); Write(json, v); }
                json.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                json.WriteString("$type", "List");
                json.WriteStartArray("_value");
                foreach (var item in list) Write(json, item);
                json.WriteEndArray();
                break;
            default: throw new ArgumentException($"Fake cannot encode {value.GetType().Name}.");
        }
        json.WriteEndObject();
    }

    private static void Scalar(Utf8JsonWriter json, string type, string value)
    {
        json.WriteString("$type", type);
        json.WriteString("_value", value);
    }
}
